package org.symbolon.core.attempt;

import java.time.Duration;
import java.util.Objects;

/** Whether an account may try a second factor now. */
public sealed interface AttemptDecision {

    record Allowed() implements AttemptDecision {
    }

    /**
     * Not before {@code retryAfter} has passed; the edge may show it or send it as {@code Retry-After}
     * (RFC 9110 §10.2.3), rounded up to whole seconds.
     */
    record Wait(Duration retryAfter) implements AttemptDecision {

        public Wait {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || retryAfter.isZero()) {
                throw new IllegalArgumentException("a wait is positive");
            }
        }
    }

    /** Too many failures in a row: only an administrator can unlock the account. */
    record Locked() implements AttemptDecision {
    }
}
