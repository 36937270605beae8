package org.symbolon.core.factor;

import java.time.Duration;
import org.symbolon.core.account.UserAccount;

/**
 * The result of the second step. Every refusal looks the same to the person ("wrong or already
 * used; wait for the next code"); the reason is for the audit log only.
 */
public sealed interface SecondFactorOutcome {

    /**
     * @param user the account, as read for this step
     * @param recoveryCodesLeft how many unused recovery codes remain, after a recovery code was used; -1 otherwise
     */
    record Verified(UserAccount user, SecondFactorMethod method, int recoveryCodesLeft) implements SecondFactorOutcome {
    }

    record Rejected(String reason) implements SecondFactorOutcome {
    }

    /** Too many failures in a row: the next attempt is allowed after this wait (429 with Retry-After). */
    record Throttled(Duration retryAfter) implements SecondFactorOutcome {
    }

    /** 100 failures in a row: only an administrator or a recovery code unlocks the second step. */
    record Locked() implements SecondFactorOutcome {
    }
}
