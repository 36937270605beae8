package org.symbolon.server.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in halfway: the password was right, the second step is still to come. Kept in the
 * session, which is not authenticated while it holds this; nothing but the second step accepts it.
 */
public record PendingSignIn(long userId, String username, Instant passwordVerifiedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** After this the user starts again with the password. */
    public static final Duration VALIDITY = Duration.ofMinutes(5);

    static final String ATTRIBUTE = PendingSignIn.class.getName();

    public boolean isExpired(Instant now) {
        return !now.isBefore(passwordVerifiedAt.plus(VALIDITY));
    }
}
