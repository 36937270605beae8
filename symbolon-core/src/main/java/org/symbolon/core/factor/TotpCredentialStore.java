package org.symbolon.core.factor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where authenticator-app credentials are kept. Every look-up is by user, through an index on
 * the user id; the two methods that accept a code are single conditional updates, so that two
 * servers racing with the same code cannot both succeed (RFC 6238 §5.2).
 */
public interface TotpCredentialStore {

    /** Stores a new pending credential. Writes. */
    void insertPending(StoredTotpCredential credential);

    /** The user's pending credential with this public id, or empty (also when it expired). Read-only. */
    Optional<StoredTotpCredential> findPending(long userId, String publicId, Instant now);

    /** The user's active credentials, oldest first; empty when there are none. Read-only. */
    List<StoredTotpCredential> findActive(long userId);

    /** The number of the user's active credentials. Read-only. */
    int countActive(long userId);

    /**
     * Activates a pending, unexpired credential and records the step that proved it.
     *
     * @return false when it was not pending any more, or expired
     */
    boolean activate(long credentialId, long step, int offsetSteps, Instant now);

    /**
     * Records an accepted code, but only if its step is later than every step accepted before
     * (the replay guard) and the user's failure count is still {@code failuresSeen} (the attempt
     * compare-and-set): both in one statement, so that a right code costs one write.
     */
    UseRecord recordUse(long credentialId, long step, int offsetSteps, Instant now, long userId, int failuresSeen);

    /** What {@link #recordUse} found. */
    enum UseRecord {
        /** The code is spent now; it was the first use of its step. */
        RECORDED,
        /** This step, or a later one, was used already: a replay. */
        STEP_USED,
        /** Another attempt was counted since the failure count was read. */
        ATTEMPTS_CHANGED
    }

    /** Deletes one of the user's credentials; returns false when there was none with this id. */
    boolean delete(long userId, String publicId);

    /** Deletes all of the user's credentials, pending and active; returns how many. */
    int deleteAll(long userId);
}
