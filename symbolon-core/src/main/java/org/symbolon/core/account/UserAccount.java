package org.symbolon.core.account;

import java.time.Instant;
import java.util.Optional;

/**
 * A user as the rest of the system sees it. The password hash is deliberately not part of it
 * (see {@link PasswordRecord}), so that a user printed to a log never carries it.
 */
public record UserAccount(
        long id,
        Username username,
        DisplayName displayName,
        Optional<EmailAddress> email,
        Role role,
        AccountState state,
        Instant createdAt) {

    public boolean isActive() {
        return state == AccountState.ACTIVE;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The display name, or the username when the user has none. */
    public String shownName() {
        return displayName.isEmpty() ? username.value() : displayName.value();
    }
}
