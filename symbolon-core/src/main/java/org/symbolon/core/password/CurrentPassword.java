package org.symbolon.core.password;

import org.symbolon.core.text.InputProblem;

/**
 * The check of a password typed to confirm an action (re-authentication): normalized as at
 * sign-in, and a malformed one is simply wrong, never an error that says more.
 */
public final class CurrentPassword {

    private CurrentPassword() {
    }

    public static boolean matches(PasswordHasher hasher, String typed, String storedHash) {
        try {
            return hasher.matches(PasswordPolicy.normalize(typed), storedHash);
        } catch (InputProblem malformed) {
            return false;
        }
    }
}
