package org.symbolon.core.factor;

import java.nio.charset.StandardCharsets;
import org.symbolon.core.otp.OtpSecret;
import org.symbolon.core.secret.SecretSealer;

/**
 * Seals and opens authenticator and hardware-token keys, each bound to its credential and user as associated
 * data: a sealed key copied into another row, or another user's, does not open there.
 */
public final class TotpSecrets {

    private final SecretSealer sealer;

    public TotpSecrets(SecretSealer sealer) {
        this.sealer = sealer;
    }

    public byte[] seal(OtpSecret secret, String publicId, long userId) {
        return sealer.seal(secret.bytes(), binding(publicId, userId));
    }

    public OtpSecret open(StoredTotpCredential credential) {
        return OtpSecret.of(sealer.open(credential.sealedSecret(), binding(credential.publicId(), credential.userId())));
    }

    /** A hardware token's key, bound to "hotp:" so that it cannot pass for an app's key or the reverse. */
    public byte[] sealToken(OtpSecret secret, String publicId, long userId) {
        return sealer.seal(secret.bytes(), binding("hotp", publicId, userId));
    }

    public OtpSecret open(StoredHotpToken token) {
        return OtpSecret.of(sealer.open(token.sealedSecret(), binding("hotp", token.publicId(), token.userId())));
    }

    private static byte[] binding(String publicId, long userId) {
        return binding("totp", publicId, userId);
    }

    private static byte[] binding(String kind, String publicId, long userId) {
        return (kind + ":" + publicId + ":" + userId).getBytes(StandardCharsets.UTF_8);
    }
}
