package org.symbolon.core.otp;

import java.security.SecureRandom;

/**
 * The key shared with an authenticator. Immutable: the bytes are copied in and out, so no caller can
 * change a secret another holds. Its {@code toString} never shows the value, so that a secret that
 * reaches a log line by accident stays secret.
 */
public final class OtpSecret {

    /** 160 bits, the length RFC 4226 §4 (R6) recommends and that authenticator apps expect. */
    public static final int DEFAULT_BYTES = 20;
    /** 128 bits, the minimum of RFC 4226 §4 (R6). */
    public static final int MIN_BYTES = 16;
    /** The output length of SHA-512: a longer key adds nothing but storage. */
    public static final int MAX_BYTES = 64;

    private final byte[] bytes;

    private OtpSecret(byte[] bytes) {
        if (bytes.length < MIN_BYTES || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "an OTP secret has " + MIN_BYTES + " to " + MAX_BYTES + " bytes, not " + bytes.length);
        }
        this.bytes = bytes;
    }

    /** A secret with the given bytes, for example one read back from storage. */
    public static OtpSecret of(byte[] bytes) {
        return new OtpSecret(bytes.clone());
    }

    /**
     * A secret from its Base32 text.
     *
     * @throws IllegalArgumentException when the text is not Base32 or has the wrong length.
     */
    public static OtpSecret fromBase32(String text) {
        return new OtpSecret(Base32.decode(text));
    }

    /** A new random secret of {@link #DEFAULT_BYTES}. */
    public static OtpSecret generate(SecureRandom random) {
        return generate(random, DEFAULT_BYTES);
    }

    /** A new random secret of the given length (RFC 4226 §7.5: random generation of shared secrets). */
    public static OtpSecret generate(SecureRandom random, int length) {
        if (length < MIN_BYTES || length > MAX_BYTES) {
            throw new IllegalArgumentException("an OTP secret has " + MIN_BYTES + " to " + MAX_BYTES + " bytes");
        }
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return new OtpSecret(bytes);
    }

    /** A copy of the key, for storage or for the HMAC; the caller should wipe it after use. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** The key as upper-case Base32 without padding, as the key URI format wants it. */
    public String base32() {
        return Base32.encode(bytes);
    }

    /**
     * The Base32 key in groups of four separated by spaces, for a person to type when the QR code
     * cannot be scanned; {@link #fromBase32} reads it back, spaces and all.
     */
    public String grouped() {
        String text = base32();
        StringBuilder grouped = new StringBuilder(text.length() + text.length() / 4);
        for (int i = 0; i < text.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(text, i, Math.min(i + 4, text.length()));
        }
        return grouped.toString();
    }

    @Override
    public String toString() {
        return "OtpSecret[" + bytes.length + " bytes, hidden]";
    }
}
