package org.symbolon.core.password;

/**
 * Turns passwords into stored hashes and checks them. The implementation chooses the algorithm;
 * the core only asks whether a stored hash is due for an upgrade.
 */
public interface PasswordHasher {

    /** A new salted hash of the password, in the algorithm preferred today. */
    String hash(String password);

    /** Whether the password matches the stored hash. Takes as long for a wrong password as for a right one. */
    boolean matches(String password, String storedHash);

    /** Whether the stored hash uses an older algorithm or weaker parameters and should be replaced. */
    boolean needsUpgrade(String storedHash);
}
