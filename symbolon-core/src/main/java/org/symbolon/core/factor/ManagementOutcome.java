package org.symbolon.core.factor;

import java.util.List;

/** The result of changing one's own second factors. */
public sealed interface ManagementOutcome {

    record Done() implements ManagementOutcome {
    }

    /** A new set of recovery codes, to be shown once. */
    record NewRecoveryCodes(List<String> codes) implements ManagementOutcome {
    }

    /** The password, or the code, or the authenticator id was wrong; which one stays internal. */
    record Refused() implements ManagementOutcome {
    }

    /** No active authenticator of the user has this id. */
    record NotFound() implements ManagementOutcome {
    }

    /** The code check itself was throttled or is locked. */
    record Limited(SecondFactorOutcome outcome) implements ManagementOutcome {
    }
}
