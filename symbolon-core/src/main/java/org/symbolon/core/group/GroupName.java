package org.symbolon.core.group;

import java.util.Locale;
import org.symbolon.core.text.InputProblem;
import org.symbolon.core.text.TextRules;

/** The name of a group: 1 to 64 characters, unique ignoring case, like usernames. */
public record GroupName(String value) {

    public static final int MAX_LENGTH = 64;

    /** @throws InputProblem when the name is empty, too long or malformed */
    public GroupName {
        value = TextRules.require("name", value, 1, MAX_LENGTH).strip();
        if (value.isEmpty()) {
            throw new InputProblem("name", InputProblem.Reason.EMPTY, 1);
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
