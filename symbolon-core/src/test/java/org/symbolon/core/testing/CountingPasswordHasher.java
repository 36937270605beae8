package org.symbolon.core.testing;

import org.symbolon.core.password.PasswordHasher;

/**
 * A transparent stand-in for the real hasher: it counts its calls, so that a test can check that
 * every sign-in does the same hashing work, and it knows an "old" format that needs an upgrade.
 * Its hashes contain the password in clear, which is only acceptable in a test.
 */
public final class CountingPasswordHasher implements PasswordHasher {

    private static final String CURRENT = "current:";
    private static final String OLD = "old:";

    private int hashCalls;
    private int matchCalls;

    /** A hash as an older algorithm would have written it: it matches, but needs an upgrade. */
    public String oldHash(String password) {
        return OLD + password;
    }

    /** A hash in today's format, made without counting as a call. */
    public String currentHash(String password) {
        return CURRENT + password;
    }

    public int hashCalls() {
        return hashCalls;
    }

    public int matchCalls() {
        return matchCalls;
    }

    public void resetCounts() {
        hashCalls = 0;
        matchCalls = 0;
    }

    @Override
    public String hash(String password) {
        hashCalls++;
        return CURRENT + password;
    }

    @Override
    public boolean matches(String password, String storedHash) {
        matchCalls++;
        return storedHash.equals(CURRENT + password) || storedHash.equals(OLD + password);
    }

    @Override
    public boolean needsUpgrade(String storedHash) {
        return storedHash.startsWith(OLD);
    }
}
