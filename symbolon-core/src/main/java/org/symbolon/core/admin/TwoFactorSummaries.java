package org.symbolon.core.admin;

import java.util.Collection;
import java.util.Map;
import org.symbolon.core.policy.TwoFactorRule;

/**
 * What the administrators' user list shows of each listed user's second factor: one read for a
 * whole page of users, so that the list does not cost a round trip per row.
 */
public interface TwoFactorSummaries {

    /**
     * @param rule the user's own rule (exempt users are marked in the list)
     * @param hasSecondFactor whether the user has an active authenticator
     */
    record TwoFactorSummary(TwoFactorRule rule, boolean hasSecondFactor) {
    }

    /** The summaries of these users by user id; an id without an account is left out. Read-only. */
    Map<Long, TwoFactorSummary> of(Collection<Long> userIds);
}
