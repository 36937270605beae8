package org.symbolon.core.account;

import org.symbolon.core.password.PasswordVerdict;

/** The result of a change to an account. */
public sealed interface AccountOutcome {

    record Done(UserAccount account) implements AccountOutcome {
    }

    record Refused(Refusal refusal) implements AccountOutcome {
    }

    /** The new password broke a rule; the verdict says which, to tell the person. */
    record PasswordRefused(PasswordVerdict.Refused verdict) implements AccountOutcome {
    }

    enum Refusal {
        USERNAME_TAKEN,
        NOT_FOUND,
        /** The change would leave no active administrator: nobody could administer the instance. */
        LAST_ADMIN,
        WRONG_CURRENT_PASSWORD,
        /** First-admin set-up was asked for, but an account exists already. */
        ALREADY_SET_UP
    }
}
