package org.symbolon.core.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.symbolon.core.text.InputProblem;
import org.symbolon.core.text.TextRules;

/**
 * A sign-in name as the user typed it at creation, and its key: the form that uniqueness and
 * look-ups use, so that "Alice" and "alice" are one account.
 */
public record Username(String value) {

    public static final int MAX_LENGTH = 64;

    // Letters and digits of any script, plus the separators that e-mail-like names use.
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@+-]*");

    public Username {
        value = TextRules.require("username", value, 1, MAX_LENGTH).strip();
        if (!ALLOWED.matcher(value).matches()) {
            throw new InputProblem("username", InputProblem.Reason.NOT_ALLOWED);
        }
    }

    /** Parses a name typed at sign-in, which may carry stray spaces around it. */
    public static Username parse(String typed) {
        return new Username(typed == null ? null : typed.strip());
    }

    /** The case-insensitive key under which the account is stored and found. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
