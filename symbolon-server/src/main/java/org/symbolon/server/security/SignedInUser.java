package org.symbolon.server.security;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;

/**
 * The principal kept in a signed-in session: only what every request needs, so that nothing of
 * the account has to be read from the database per request. A change of role or a disabled
 * account ends the user's sessions instead (see {@link SpringSessionUserSessions}).
 *
 * @param usernameKey the case-insensitive key, also Spring Session's principal-name index
 * @param signedInAt when the sign-in completed, for the absolute session timeout
 */
public record SignedInUser(long id, String username, String usernameKey, Role role, Instant signedInAt)
        implements Principal, Serializable, Actor.Source {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The name Spring Security and Spring Session index sessions by. */
    @Override
    public String getName() {
        return usernameKey;
    }

    @Override
    public Actor actor() {
        return Actor.of(this);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    static SignedInUser of(UserAccount account, Instant now) {
        return new SignedInUser(account.id(), account.username().value(), account.username().key(), account.role(), now);
    }
}
