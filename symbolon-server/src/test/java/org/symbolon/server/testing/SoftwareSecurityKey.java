package org.symbolon.server.testing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A security key in software, for tests without a browser: an EC P-256 key pair (COSE algorithm
 * ES256) that answers assertions as W3C WebAuthn §6.1 and §7.2 describe them, written from the
 * spec rather than with the library under test. Each answer can be bent (another origin, RP ID,
 * challenge or counter, no UP flag) to check that the server refuses it.
 */
public final class SoftwareSecurityKey {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final byte FLAG_USER_PRESENT = 0x01;

    private final KeyPair keyPair;
    private final byte[] credentialId = new byte[16];
    private long signCount;

    public SoftwareSecurityKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keyPair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
    }

    public byte[] credentialId() {
        return credentialId.clone();
    }

    /** How one assertion is made; {@link #honest} for the real thing. */
    public record Answer(String origin, String rpId, byte[] challenge, long signCount, boolean userPresent,
            byte[] credentialId) {

        public Answer withOrigin(String value) {
            return new Answer(value, rpId, challenge, signCount, userPresent, credentialId);
        }

        public Answer withRpId(String value) {
            return new Answer(origin, value, challenge, signCount, userPresent, credentialId);
        }

        public Answer withChallenge(byte[] value) {
            return new Answer(origin, rpId, value, signCount, userPresent, credentialId);
        }

        public Answer withSignCount(long value) {
            return new Answer(origin, rpId, challenge, value, userPresent, credentialId);
        }

        public Answer withoutUserPresence() {
            return new Answer(origin, rpId, challenge, signCount, false, credentialId);
        }

        public Answer withCredentialId(byte[] value) {
            return new Answer(origin, rpId, challenge, signCount, userPresent, value);
        }
    }

    /** The honest answer to {@code challenge} (base64url, as in the request options); counts one use. */
    public Answer honest(String origin, String rpId, String challenge) {
        signCount++;
        return new Answer(origin, rpId, Base64.getUrlDecoder().decode(challenge), signCount, true, credentialId);
    }

    /** The PublicKeyCredential JSON of an assertion (W3C WebAuthn §5.2.2), binary values base64url. */
    public String assertion(Answer answer) {
        try {
            byte[] clientData = ("{\"type\":\"webauthn.get\",\"challenge\":\"" + BASE64URL.encodeToString(answer.challenge())
                    + "\",\"origin\":\"" + answer.origin() + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
            byte[] authenticatorData = ByteBuffer.allocate(37)
                    .put(sha256(answer.rpId().getBytes(StandardCharsets.UTF_8)))
                    .put(answer.userPresent() ? FLAG_USER_PRESENT : 0)
                    .putInt((int) answer.signCount())
                    .array();
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keyPair.getPrivate());
            signer.update(authenticatorData);
            signer.update(sha256(clientData));
            String id = BASE64URL.encodeToString(answer.credentialId());
            return "{\"type\":\"public-key\",\"id\":\"" + id + "\",\"rawId\":\"" + id + "\",\"response\":{"
                    + "\"authenticatorData\":\"" + BASE64URL.encodeToString(authenticatorData) + "\","
                    + "\"clientDataJSON\":\"" + BASE64URL.encodeToString(clientData) + "\","
                    + "\"signature\":\"" + BASE64URL.encodeToString(signer.sign()) + "\"},"
                    + "\"clientExtensionResults\":{}}";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The public key as a COSE_Key (RFC 9052 §7, RFC 9053 §2.1 and §7.1.1): a CBOR map of kty 2
     * (EC2), alg -7 (ES256), crv 1 (P-256), x and y, encoded by hand (RFC 8949 §3).
     */
    public byte[] publicKeyCose() {
        ECPublicKey key = (ECPublicKey) keyPair.getPublic();
        ByteArrayOutputStream cbor = new ByteArrayOutputStream();
        cbor.write(0xA5); // map of 5 pairs
        cbor.write(0x01); // 1 (kty)
        cbor.write(0x02); //   2 (EC2)
        cbor.write(0x03); // 3 (alg)
        cbor.write(0x26); //   -7 (ES256)
        cbor.write(0x20); // -1 (crv)
        cbor.write(0x01); //   1 (P-256)
        cbor.write(0x21); // -2 (x)
        cbor.write(0x58); //   byte string, one-byte length
        cbor.write(32);
        cbor.writeBytes(fixed(key.getW().getAffineX()));
        cbor.write(0x22); // -3 (y)
        cbor.write(0x58);
        cbor.write(32);
        cbor.writeBytes(fixed(key.getW().getAffineY()));
        return cbor.toByteArray();
    }

    private static byte[] fixed(BigInteger coordinate) {
        byte[] bytes = coordinate.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
        return out;
    }

    private static byte[] sha256(byte[] data) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }
}
