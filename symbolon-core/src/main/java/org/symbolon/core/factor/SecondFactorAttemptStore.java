package org.symbolon.core.factor;

import org.symbolon.core.attempt.AttemptState;

/**
 * Consecutive second-factor failures per account, shared by every server through the database,
 * so that the limit holds across servers and restarts.
 */
public interface SecondFactorAttemptStore {

    /** The user's current state; {@link AttemptState#CLEAR} when nothing failed. Read-only. */
    AttemptState load(long userId);

    /** Stores the state after a failure. Writes. */
    void save(long userId, AttemptState state);

    /** Clears the count after a success, an unlock or a recovery code. Writes. */
    void clear(long userId);
}
