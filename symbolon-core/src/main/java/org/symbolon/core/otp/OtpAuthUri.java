package org.symbolon.core.otp;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@code otpauth://} URI that a QR code carries to an authenticator app, in the Key URI Format
 * of Google Authenticator (github.com/google/google-authenticator/wiki/Key-Uri-Format).
 *
 * <p>The label is {@code issuer:account}. The issuer is also sent as a parameter, which the format
 * recommends because apps differ in which of the two they read. A ':' inside the issuer or the
 * account is percent-encoded, so that only the separator is a literal colon.
 */
public final class OtpAuthUri {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private OtpAuthUri() {
    }

    /** A time-based credential; algorithm, digits and period appear only when not the defaults. */
    public static String totp(String issuer, String account, OtpSecret secret, TotpSettings settings) {
        StringBuilder uri = start("totp", issuer, account, secret);
        appendAlgorithmAndDigits(uri, settings.algorithm(), settings.digits());
        if (settings.periodSeconds() != TotpSettings.DEFAULT.periodSeconds()) {
            uri.append("&period=").append(settings.periodSeconds());
        }
        return uri.toString();
    }

    /**
     * A counter-based credential (RFC 4226).
     *
     * @param counter the counter the app should start from; the format requires it for hotp.
     */
    public static String hotp(String issuer, String account, OtpSecret secret, OtpAlgorithm algorithm,
            int digits, long counter) {
        // Validates the digits and the algorithm the same way the generator will.
        HotpGenerator generator = new HotpGenerator(algorithm, digits);
        if (counter < 0) {
            throw new IllegalArgumentException("an HOTP counter is not negative");
        }
        StringBuilder uri = start("hotp", issuer, account, secret);
        appendAlgorithmAndDigits(uri, generator.algorithm(), generator.digits());
        return uri.append("&counter=").append(counter).toString();
    }

    private static StringBuilder start(String type, String issuer, String account, OtpSecret secret) {
        requireText("issuer", issuer);
        requireText("account", account);
        Objects.requireNonNull(secret, "secret");
        return new StringBuilder("otpauth://").append(type).append('/')
                .append(encode(issuer)).append(':').append(encode(account))
                .append("?secret=").append(secret.base32())
                .append("&issuer=").append(encode(issuer));
    }

    private static void appendAlgorithmAndDigits(StringBuilder uri, OtpAlgorithm algorithm, int digits) {
        if (algorithm != TotpSettings.DEFAULT.algorithm()) {
            uri.append("&algorithm=").append(algorithm.uriName());
        }
        if (digits != TotpSettings.DEFAULT.digits()) {
            uri.append("&digits=").append(digits);
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + field + " of an otpauth URI is required");
        }
        // A lone surrogate would silently become '?' in UTF-8.
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(value)) {
            throw new IllegalArgumentException("the " + field + " of an otpauth URI is not well-formed Unicode");
        }
    }

    /**
     * Percent-encodes all but the unreserved characters of RFC 3986 §2.3, as UTF-8 (§2.5). Not
     * {@code URLEncoder}: that writes a space as '+', which apps show literally.
     */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return encoded.toString();
    }
}
