package org.symbolon.core.otp;

/**
 * The HMAC hash functions that RFC 6238 §1.2 allows for time-based codes. Most authenticator apps
 * only implement SHA-1, which is why it stays the default: HOTP needs HMAC to be a pseudorandom
 * function (RFC 4226 Appendix A), not the collision resistance that SHA-1 has lost.
 */
public enum OtpAlgorithm {

    SHA1("HmacSHA1", "SHA1"),
    SHA256("HmacSHA256", "SHA256"),
    SHA512("HmacSHA512", "SHA512");

    private final String jcaName;
    private final String uriName;

    OtpAlgorithm(String jcaName, String uriName) {
        this.jcaName = jcaName;
        this.uriName = uriName;
    }

    /** The name that {@code javax.crypto.Mac.getInstance} knows. */
    public String jcaName() {
        return jcaName;
    }

    /** The value of the {@code algorithm} parameter in an {@code otpauth://} URI. */
    public String uriName() {
        return uriName;
    }
}
