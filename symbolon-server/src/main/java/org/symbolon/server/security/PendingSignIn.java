package org.symbolon.server.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.symbolon.core.login.AfterSignIn;
import org.symbolon.core.policy.EnrollmentDue;

/**
 * A sign-in halfway: the password was right, the second step is still to come. Kept in the
 * session, which is not authenticated while it holds this; nothing but the second step accepts it.
 *
 * @param changePasswordAfter an administrator reset the password: a new one follows the second step
 * @param enrollAfterBypass a second factor is required, so passing with a bypass code leads to enrollment
 */
public record PendingSignIn(long userId, String username, Instant passwordVerifiedAt, boolean changePasswordAfter,
        boolean enrollAfterBypass) implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    /** After this the user starts again with the password. */
    public static final Duration VALIDITY = Duration.ofMinutes(5);

    static final String ATTRIBUTE = PendingSignIn.class.getName();

    static PendingSignIn of(long userId, String username, Instant now, AfterSignIn after) {
        return new PendingSignIn(userId, username, now, after.changePassword(), after.enrollment().isDue());
    }

    /** What the user must do after passing the second step with this method. */
    AfterSignIn after(boolean withBypassCode) {
        return new AfterSignIn(changePasswordAfter,
                withBypassCode && enrollAfterBypass ? EnrollmentDue.NOW : EnrollmentDue.NONE);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(passwordVerifiedAt.plus(VALIDITY));
    }
}
