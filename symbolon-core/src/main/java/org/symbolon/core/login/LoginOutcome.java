package org.symbolon.core.login;

import org.symbolon.core.account.UserAccount;

/**
 * The result of the password step. A refusal carries the internal reason for the audit log; the
 * person signing in is only ever told that the sign-in failed.
 */
public sealed interface LoginOutcome {

    record Authenticated(UserAccount account) implements LoginOutcome {
    }

    /** The password was right; the second step must follow before the user is signed in. */
    record SecondFactorRequired(UserAccount account) implements LoginOutcome {
    }

    record Refused(RefusalReason reason) implements LoginOutcome {
    }

    /** Internal reasons, never shown: showing them would tell an attacker which accounts exist. */
    enum RefusalReason { MALFORMED_INPUT, UNKNOWN_USER, WRONG_PASSWORD, DISABLED }
}
