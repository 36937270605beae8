package org.symbolon.core.factor;

/**
 * What the relying party's checks of an assertion found (W3C WebAuthn §7.2): the challenge, the
 * origin, the RP ID hash, the UP flag and the signature are checked by the WebAuthn library in the
 * server; the counter is checked again by the store's conditional update.
 */
public sealed interface SecurityKeyCheck {

    /** Every step passed; {@code signCount} is the counter the key reported. */
    record Accepted(StoredSecurityKey key, long signCount) implements SecurityKeyCheck {
    }

    /** The counter did not move past the stored one: the key was copied (W3C WebAuthn §6.1.1). */
    record Cloned(StoredSecurityKey key) implements SecurityKeyCheck {
    }

    /** Some step failed; the reason is for the audit log only (e.g. WRONG_CHALLENGE, UNKNOWN_CREDENTIAL). */
    record Rejected(String reason) implements SecurityKeyCheck {
    }
}
