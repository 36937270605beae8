package org.symbolon.core.factor;

import java.time.Instant;
import org.symbolon.core.otp.HotpGenerator;
import org.symbolon.core.otp.OtpAlgorithm;

/**
 * A hardware token's counter-based credential (RFC 4226) as stored: its key only in sealed form.
 *
 * @param publicId the identifier shown to clients; unguessable, so ids cannot be enumerated
 * @param nextCounter the counter value the token is expected to show next: one above the last
 *     accepted code, so that no code up to that one is accepted again
 * @param lastUsedAt when a code of this token was last accepted (activation counts); the sign-in
 *     page offers the method used last first
 * @param expiresAt when a pending token stops being activatable; null once active
 */
public record StoredHotpToken(
        long id,
        String publicId,
        long userId,
        String name,
        byte[] sealedSecret,
        OtpAlgorithm algorithm,
        int digits,
        CredentialState state,
        long nextCounter,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt) {

    public HotpGenerator generator() {
        return new HotpGenerator(algorithm, digits);
    }

    @Override
    public String toString() {
        return "StoredHotpToken[" + publicId + ", user " + userId + ", " + state + "]";
    }
}
