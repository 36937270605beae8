package org.symbolon.server.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import java.security.GeneralSecurityException;
import org.symbolon.core.secret.SecretSealer;

/** AES-256-GCM through Tink: authenticated, so an altered or moved ciphertext does not decrypt. */
public final class TinkSecretSealer implements SecretSealer {

    private final Aead aead;

    public TinkSecretSealer(KeysetFile keys) {
        try {
            this.aead = keys.aead().getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the keyset has no usable AEAD key", e);
        }
    }

    @Override
    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    @Override
    public byte[] open(byte[] ciphertext, byte[] associatedData) {
        try {
            return aead.decrypt(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            // No detail: it would not help an operator and might help an attacker.
            throw new IllegalStateException("a stored secret does not decrypt with this server's keys");
        }
    }
}
