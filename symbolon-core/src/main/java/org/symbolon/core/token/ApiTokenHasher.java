package org.symbolon.core.token;

/**
 * Turns a token's secret into the value that is stored and looked up. The server implements it as
 * HMAC-SHA-256 under a key of its own, as it does for recovery codes: a copy of the database alone
 * cannot be used to test stolen or guessed secrets. A keyed hash, not a slow password hash: the
 * secret has 256 random bits, so there is nothing to slow down, and the hash must be deterministic
 * to be found through a unique index in the one query each request costs.
 */
public interface ApiTokenHasher {

    /**
     * The same text for the same secret, every time and on every server that shares the key.
     * Never logs its input.
     *
     * @param secret a well-formed secret ({@link ApiTokenSecret#isWellFormed})
     */
    String hash(String secret);
}
