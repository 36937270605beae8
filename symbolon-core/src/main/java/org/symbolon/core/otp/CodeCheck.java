package org.symbolon.core.otp;

/**
 * The result of checking a typed time-based code. A rejection carries the internal reason for the
 * log and the audit event; the person only ever hears that the code was not accepted.
 */
public sealed interface CodeCheck {

    /**
     * @param step the time step the code belongs to; the server stores it as the credential's last
     *     used step, with a conditional update that refuses a step not above the stored one.
     * @param offsetSteps how far the authenticator's clock runs from the server's, in steps, to
     *     store with the credential (RFC 6238 §6, resynchronization).
     */
    record Accepted(long step, int offsetSteps) implements CodeCheck {
    }

    record Rejected(Reason reason) implements CodeCheck {
    }

    enum Reason {
        /** Not a code of the expected number of ASCII digits: a typing error, not a guess. */
        MALFORMED,
        /** No step in the window has this code. */
        WRONG,
        /** The code belongs to a step already used, or an earlier one (RFC 6238 §5.2). */
        REPLAYED
    }
}
