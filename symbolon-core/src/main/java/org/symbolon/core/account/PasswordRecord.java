package org.symbolon.core.account;

import org.symbolon.core.policy.TwoFactorRule;
import org.symbolon.core.policy.TwoFactorStanding;

/**
 * What a sign-in needs, read together in one query: the account, its stored password hash,
 * whether it has an active second factor, what the policy needs to know of it, and whether an
 * administrator reset the password.
 */
public record PasswordRecord(UserAccount account, String passwordHash, boolean hasSecondFactor,
        TwoFactorStanding standing, boolean mustChangePassword) {

    /** An account that follows the policy, in no group, with a password of its own choosing. */
    public PasswordRecord(UserAccount account, String passwordHash, boolean hasSecondFactor) {
        this(account, passwordHash, hasSecondFactor,
                new TwoFactorStanding(account.isAdmin(), TwoFactorRule.POLICY, false, null), false);
    }

    @Override
    public String toString() {
        return "PasswordRecord[" + account.username() + "]";
    }
}
