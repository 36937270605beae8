package org.symbolon.core.login;

import java.time.Instant;
import org.symbolon.core.attempt.AttemptState;

/**
 * Password attempts in a row per username key, whether or not an account has that name: counting
 * only real accounts would tell which exist. Never locked, only slowed (see {@link PasswordLogin}).
 */
public interface PasswordAttemptStore {

    /** The attempts since the last right password; {@link AttemptState#CLEAR} when there are none. Read-only. */
    AttemptState load(String usernameKey);

    /**
     * Counts an attempt before its password is compared, if the count is still what {@code seen}
     * says. False when another attempt for the same name counted first: it is under way, and this
     * one must wait, so that guesses sent side by side are not all compared at once.
     */
    boolean reserve(String usernameKey, AttemptState seen, Instant now);

    /** Forgets the attempts after a right password. */
    void clear(String usernameKey);

    /** Forgets names whose last attempt was before {@code cutoff}; how many were forgotten. */
    int forgetBefore(Instant cutoff);
}
