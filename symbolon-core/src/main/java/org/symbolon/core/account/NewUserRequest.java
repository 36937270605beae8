package org.symbolon.core.account;

import java.util.Optional;

/** A request to create an account, with its values checked but the password still in clear. */
public record NewUserRequest(
        Username username,
        DisplayName displayName,
        Optional<EmailAddress> email,
        Role role,
        String password) {

    @Override
    public String toString() {
        return "NewUserRequest[" + username + ", " + role + "]";
    }
}
