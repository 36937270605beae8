package org.symbolon.core.admin;

import java.time.Instant;
import org.symbolon.core.account.UserAccount;

/** The result of an administrator's help with a user's second factor. */
public sealed interface SupportOutcome {

    record Done(UserAccount account) implements SupportOutcome {
    }

    /** The code is shown to the administrator once and never stored in clear. */
    record BypassIssued(UserAccount account, String code, Instant expiresAt) implements SupportOutcome {

        @Override
        public String toString() {
            return "BypassIssued[" + account.username() + ", expires " + expiresAt + "]";
        }
    }

    record Refused(Refusal refusal) implements SupportOutcome {
    }

    enum Refusal {
        NO_SUCH_USER,
        /** Exempting the last active administrator would leave nobody bound to a second factor at the top. */
        LAST_ADMIN,
        /** A bypass code lives 1 to 24 hours. */
        HOURS_OUT_OF_RANGE
    }
}
