package org.symbolon.core.factor;

import java.time.Instant;
import org.symbolon.core.attempt.AttemptState;

/**
 * Consecutive second-factor failures per account, shared by every server through the database,
 * so that the limit holds across servers and restarts, and under concurrency: an attempt is
 * counted before its code is checked, by a compare-and-set on the count that was read. Of many
 * guesses sent at once, one proceeds; the others find the count moved and must wait.
 */
public interface SecondFactorAttemptStore {

    /** The user's current state; {@link AttemptState#CLEAR} when nothing failed. Read-only. */
    AttemptState load(long userId);

    /**
     * Counts one more attempt, as a failure until {@link #clear} says otherwise, but only if the
     * count is still the one in {@code seen}. One conditional update.
     *
     * @return false when another attempt changed the count first
     */
    boolean reserve(long userId, AttemptState seen, Instant now);

    /**
     * Clears the count after a success, but only if it is still the one in {@code seen}: a
     * success races other attempts like a failure does. One conditional update.
     *
     * @return false when another attempt changed the count first
     */
    boolean clearIfUnchanged(long userId, AttemptState seen);

    /** Locks the second step until an administrator or a recovery code clears it. Writes. */
    void lock(long userId);

    /** Clears the count after a success, an unlock or a recovery code. Writes. */
    void clear(long userId);
}
