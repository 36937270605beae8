package org.symbolon.core.policy;

import java.time.Instant;

/** Whether a user must enroll a second factor before reaching anything else. */
public sealed interface EnrollmentDue {

    /** Nothing to do: not required, or enrolled already. */
    record None() implements EnrollmentDue {
    }

    /** Required and not done; no grace left. */
    record Now() implements EnrollmentDue {
    }

    /** Required and not done, but the user may put it off until the deadline. */
    record By(Instant deadline) implements EnrollmentDue {
    }

    EnrollmentDue NONE = new None();
    EnrollmentDue NOW = new Now();

    default boolean isDue() {
        return !(this instanceof None);
    }
}
