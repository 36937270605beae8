package org.symbolon.core.factor;

import java.util.Locale;
import java.util.Optional;

/**
 * The ways to pass the second step; later issues add security keys, e-mail and SMS codes. The
 * order of the constants is the order offered at sign-in when the user has used none of them yet.
 */
public enum SecondFactorMethod {
    /**
     * A security key (W3C WebAuthn; U2F keys through the appid extension). First when nothing was
     * used yet: it is the strongest factor, and phishing-resistant.
     */
    WEBAUTHN,
    TOTP,
    /** A hardware token's counter-based code (RFC 4226). */
    HOTP,
    RECOVERY_CODE,
    /** A one-time code from an administrator, for a user who lost every factor. */
    BYPASS_CODE,
    /**
     * A code mailed at sign-in (4/4). Off by default: NIST SP 800-63B-4 §3.1.3.1 does not accept
     * e-mail as an out-of-band authenticator.
     */
    EMAIL,
    /**
     * A code texted at sign-in (6). Off by default: NIST SP 800-63B-4 §3.1.3.3 makes the public
     * telephone network a restricted authenticator (SIM swaps, number porting, interception).
     */
    SMS;

    /** The name in the API: {@code totp}, {@code hotp}, {@code recovery_code}, {@code webauthn}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SecondFactorMethod> fromApiName(String name) {
        for (SecondFactorMethod method : values()) {
            if (method.apiName().equals(name)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
