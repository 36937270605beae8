package org.symbolon.server.web;

import java.util.Optional;
import org.symbolon.core.account.EmailAddress;

/** Parsing shared by the forms that edit accounts. */
final class UserForms {

    private UserForms() {
    }

    /** An empty field means "no e-mail address". */
    static Optional<EmailAddress> optionalEmail(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(new EmailAddress(typed));
    }
}
