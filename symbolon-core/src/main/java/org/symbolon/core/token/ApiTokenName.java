package org.symbolon.core.token;

import java.util.Locale;
import java.util.regex.Pattern;
import org.symbolon.core.text.InputProblem;
import org.symbolon.core.text.TextRules;

/**
 * What an administrator calls a token ("CI deploy", "backup-script"). It names the token in the
 * list and in the audit log ({@code token:NAME}), so it is unique among live tokens, ignoring case.
 */
public record ApiTokenName(String value) {

    public static final int MAX_LENGTH = 64;

    // Letters, marks and digits of any script, spaces and a few separators; no format characters
    // (such as U+202E, which would make one name look like another in the list and the log).
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._:@+/()-]*");

    public ApiTokenName {
        value = TextRules.require("name", value, 1, MAX_LENGTH).strip();
        if (value.isEmpty()) {
            throw new InputProblem("name", InputProblem.Reason.EMPTY);
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InputProblem("name", InputProblem.Reason.NOT_ALLOWED);
        }
    }

    /** The case-insensitive form under which uniqueness is kept. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
