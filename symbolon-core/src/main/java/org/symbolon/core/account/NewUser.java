package org.symbolon.core.account;

import java.time.Instant;
import java.util.Optional;

/** An account to be created, already validated, with its password already hashed. */
public record NewUser(
        Username username,
        DisplayName displayName,
        Optional<EmailAddress> email,
        Role role,
        String passwordHash,
        Instant createdAt) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + "]";
    }
}
