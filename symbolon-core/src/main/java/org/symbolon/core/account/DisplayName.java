package org.symbolon.core.account;

import org.symbolon.core.text.TextRules;

/** The name shown to people; may be empty, in which case pages show the username. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 100;

    public DisplayName {
        value = TextRules.require("displayName", value, 0, MAX_LENGTH).strip();
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
