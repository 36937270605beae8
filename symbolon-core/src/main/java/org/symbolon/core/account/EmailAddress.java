package org.symbolon.core.account;

import java.util.Optional;
import java.util.regex.Pattern;
import org.symbolon.core.text.InputProblem;
import org.symbolon.core.text.TextRules;

/**
 * An e-mail address, checked only for a plausible shape: whether it really receives mail is
 * proven later by sending a code to it, not by a regular expression.
 */
public record EmailAddress(String value) {

    /** RFC 5321 §4.5.3.1.3 limits a forward path to 256 octets, so 254 for the address. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*");

    public EmailAddress {
        value = TextRules.require("email", value, 3, MAX_LENGTH).strip();
        if (!SHAPE.matcher(value).matches()) {
            throw new InputProblem("email", InputProblem.Reason.NOT_ALLOWED);
        }
    }

    /** An address typed into an optional field: empty or blank means "none". */
    public static Optional<EmailAddress> optional(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(new EmailAddress(typed));
    }

    @Override
    public String toString() {
        return value;
    }
}
