package org.symbolon.core.otp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-based one-time password of RFC 4226 §5, which RFC 6238 §4 reuses with the time step as
 * the counter. Thread-safe: each code gets its own {@link Mac}.
 */
public final class HotpGenerator {

    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 8;

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000};

    private final OtpAlgorithm algorithm;
    private final int digits;

    /**
     * @param digits 6 to 8: RFC 4226 §5.3 requires at least 6, and 31 truncated bits hold no more
     *     than 9, of which authenticator apps show at most 8.
     */
    public HotpGenerator(OtpAlgorithm algorithm, int digits) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("an OTP has " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
        }
        this.digits = digits;
    }

    public OtpAlgorithm algorithm() {
        return algorithm;
    }

    public int digits() {
        return digits;
    }

    /**
     * The code for one counter value, zero-padded to the number of digits.
     *
     * @param counter the moving factor, at least 0; RFC 4226 §5.1 makes it an unsigned 8-byte value.
     */
    public String code(OtpSecret secret, long counter) {
        if (counter < 0) {
            throw new IllegalArgumentException("an HOTP counter is not negative");
        }
        byte[] hash = hmac(secret, counter);
        // RFC 4226 §5.3, dynamic truncation: the low four bits of the last byte choose where to read
        // four bytes, and the top bit is dropped so that the number is the same signed or unsigned.
        int offset = hash[hash.length - 1] & 0x0F;
        int binary = ((hash[offset] & 0x7F) << 24)
                | ((hash[offset + 1] & 0xFF) << 16)
                | ((hash[offset + 2] & 0xFF) << 8)
                | (hash[offset + 3] & 0xFF);
        // Integer.toString rather than String.format: formatting follows the default locale, which
        // may write digits other than 0-9.
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    private byte[] hmac(OtpSecret secret, long counter) {
        byte[] key = secret.bytes();
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(new SecretKeySpec(key, algorithm.jcaName()));
            return mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            // Every Java platform must offer HmacSHA1 and HmacSHA256; HmacSHA512 ships with the JDK.
            throw new IllegalStateException(algorithm.jcaName() + " is not available", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
