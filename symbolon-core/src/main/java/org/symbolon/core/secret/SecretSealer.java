package org.symbolon.core.secret;

/**
 * Encrypts secrets before they are stored and decrypts them when they are used. The associated
 * data binds a ciphertext to its owner (the credential and user ids), so a ciphertext copied to
 * another row does not decrypt there.
 */
public interface SecretSealer {

    byte[] seal(byte[] plaintext, byte[] associatedData);

    /**
     * @throws IllegalStateException when the ciphertext was altered, belongs to other associated
     *     data, or was made with a key this server does not have
     */
    byte[] open(byte[] ciphertext, byte[] associatedData);
}
