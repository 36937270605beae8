package org.symbolon.core.recovery;

/**
 * Turns a recovery code into the value that is stored and looked up. The server implements it as
 * HMAC-SHA-256 under a key of its own, so that a copy of the database alone cannot be used to test
 * guesses. A keyed hash rather than a salted password hash: it is deterministic, so the server
 * finds and spends a code with one conditional statement on its hash; and even with the key,
 * testing 2^80 random codes stays out of reach, which is what a slow hash would buy for passwords.
 */
public interface RecoveryCodeHasher {

    /**
     * The same text for the same code, every time and on every server that shares the key, so that
     * the hash can be found with an equality query. Never logs its input.
     *
     * @param normalizedCode the output of {@link RecoveryCodes#normalize}, never the typed text
     */
    String hash(String normalizedCode);
}
