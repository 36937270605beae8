package org.symbolon.core.group;

import java.util.Locale;
import java.util.regex.Pattern;
import org.symbolon.core.text.InputProblem;
import org.symbolon.core.text.TextRules;

/**
 * The name of a group: 1 to 64 letters, digits, spaces, dots, dashes and underscores, not only
 * dots, unique ignoring case. The characters are those that a URL path segment carries as they
 * are, so that every group can be addressed as {@code /admin/groups/{name}}.
 */
public record GroupName(String value) {

    public static final int MAX_LENGTH = 64;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} ._-]+");

    /** @throws InputProblem when the name is empty, too long or malformed */
    public GroupName {
        value = TextRules.require("name", value, 1, MAX_LENGTH).strip();
        if (value.isEmpty()) {
            throw new InputProblem("name", InputProblem.Reason.EMPTY, 1);
        }
        if (!ALLOWED.matcher(value).matches() || value.chars().allMatch(c -> c == '.')) {
            throw new InputProblem("name", InputProblem.Reason.MALFORMED, 0);
        }
    }

    /** The form that uniqueness and look-ups use. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
