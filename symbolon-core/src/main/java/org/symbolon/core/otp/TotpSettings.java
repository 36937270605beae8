package org.symbolon.core.otp;

import java.time.Instant;
import java.util.Objects;

/**
 * How one authenticator makes its time-based codes (RFC 6238). Limited to the combinations that
 * common apps support, so that a credential never gets settings its app silently ignores.
 *
 * @param digits 6 or 8
 * @param periodSeconds the time step X of RFC 6238 §4.1: 30 (the recommended default) or 60
 */
public record TotpSettings(OtpAlgorithm algorithm, int digits, int periodSeconds) {

    /** What every app understands, and what the key URI format assumes when a parameter is absent. */
    public static final TotpSettings DEFAULT = new TotpSettings(OtpAlgorithm.SHA1, 6, 30);

    public TotpSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        if (digits != 6 && digits != 8) {
            throw new IllegalArgumentException("a time-based code has 6 or 8 digits");
        }
        if (periodSeconds != 30 && periodSeconds != 60) {
            throw new IllegalArgumentException("a time step lasts 30 or 60 seconds");
        }
    }

    /**
     * The time step T of RFC 6238 §4.2, floor((unix time - T0) / X) with T0 = 0. Rounds down before
     * 1970 too, though no authenticator lives there.
     */
    public long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), periodSeconds);
    }

    public HotpGenerator generator() {
        return new HotpGenerator(algorithm, digits);
    }
}
