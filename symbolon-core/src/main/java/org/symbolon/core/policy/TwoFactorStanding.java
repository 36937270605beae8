package org.symbolon.core.policy;

import java.time.Instant;

/**
 * What the policy needs to know of one user, read together with the password hash so that the
 * password step costs no extra round trip.
 *
 * @param admin whether the user is an administrator
 * @param inRequiredGroup whether the user is in a group that requires a second factor
 * @param graceStartedAt when a sign-in first found the user required to enroll, or null
 */
public record TwoFactorStanding(boolean admin, TwoFactorRule rule, boolean inRequiredGroup, Instant graceStartedAt) {

    public TwoFactorStanding {
        if (rule == null) {
            throw new IllegalArgumentException("rule");
        }
    }
}
