package org.symbolon.core.attempt;

import java.time.Instant;

/**
 * The second-factor failures of one account, whatever the method: one counter for all, so that an
 * attacker gains nothing by switching from codes to recovery codes.
 *
 * @param consecutiveFailures failures since the last success
 * @param lastFailureAt when the last failure happened; may be null only when there is none
 * @param locked set once the policy's limit is reached, cleared only by an administrator
 */
public record AttemptState(int consecutiveFailures, Instant lastFailureAt, boolean locked) {

    /** An account that has not failed since its last success. */
    public static final AttemptState CLEAR = new AttemptState(0, null, false);

    public AttemptState {
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("failures are not negative");
        }
        if (consecutiveFailures > 0 && lastFailureAt == null) {
            throw new IllegalArgumentException("a failure has a time");
        }
    }
}
