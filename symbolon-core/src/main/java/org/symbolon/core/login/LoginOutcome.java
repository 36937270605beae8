package org.symbolon.core.login;

import java.time.Duration;
import org.symbolon.core.account.UserAccount;

/**
 * The result of the password step. A refusal carries the internal reason for the audit log; the
 * person signing in is only ever told that the sign-in failed.
 */
public sealed interface LoginOutcome {

    /** Signed in, with what is still to do first (nothing, usually). */
    record Authenticated(UserAccount account, AfterSignIn after) implements LoginOutcome {
    }

    /**
     * The password was right; the second step must follow before the user is signed in.
     *
     * @param after what follows the second step; its enrollment is due only if the second step
     *     is passed with an administrator's bypass code (the user lost every factor)
     */
    record SecondFactorRequired(UserAccount account, AfterSignIn after) implements LoginOutcome {
    }

    record Refused(RefusalReason reason) implements LoginOutcome {
    }

    /**
     * Too many wrong passwords for this username in a row: not compared, try again after
     * {@code retryAfter}. Said the same way whether or not the account exists.
     */
    record Throttled(Duration retryAfter) implements LoginOutcome {
    }

    /** Internal reasons, never shown: showing them would tell an attacker which accounts exist. */
    enum RefusalReason { MALFORMED_INPUT, UNKNOWN_USER, WRONG_PASSWORD, DISABLED }
}
