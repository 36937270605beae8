package org.symbolon.core.factor;

import java.time.Instant;
import java.util.Set;

/**
 * A registered security key (WebAuthn credential). Nothing in it is secret: the private key never
 * leaves the key, so nothing is sealed here, unlike an app's key.
 *
 * @param credentialId the id the key chose for the credential
 * @param publicKeyCose the credential's public key as a COSE_Key (RFC 9052 §7)
 * @param signCount the signature counter last seen (W3C WebAuthn §6.1.1); 0 for keys without one
 * @param aaguid the authenticator model's AAGUID, or null when the key did not tell (U2F, attestation none)
 * @param transports the transports the browser reported at registration ({@code usb}, {@code nfc}, …)
 * @param lastUsedAt the last sign-in with the key, or null
 */
public record StoredSecurityKey(long id, String publicId, long userId, byte[] credentialId, byte[] publicKeyCose,
        long signCount, byte[] aaguid, Set<String> transports, String name, Instant createdAt, Instant lastUsedAt) {

    /** At most this many keys per user; apps and hardware tokens have a limit of their own. */
    public static final int MAX_PER_USER = 10;

    public static final int MAX_NAME_LENGTH = 64;

    public StoredSecurityKey {
        credentialId = credentialId.clone();
        publicKeyCose = publicKeyCose.clone();
        aaguid = aaguid == null ? null : aaguid.clone();
        transports = Set.copyOf(transports);
    }

    @Override
    public byte[] credentialId() {
        return credentialId.clone();
    }

    @Override
    public byte[] publicKeyCose() {
        return publicKeyCose.clone();
    }

    @Override
    public byte[] aaguid() {
        return aaguid == null ? null : aaguid.clone();
    }

    @Override
    public String toString() {
        return "StoredSecurityKey[" + publicId + ", user " + userId + ", " + name + "]";
    }
}
