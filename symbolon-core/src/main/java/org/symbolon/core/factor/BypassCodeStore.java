package org.symbolon.core.factor;

import java.time.Instant;
import java.util.Optional;

/**
 * One-time codes that an administrator issues to a user who lost every factor: at most one per
 * user, kept only as a keyed hash, as recovery codes are.
 */
public interface BypassCodeStore {

    /** Stores the user's code, replacing any earlier one. Writes. */
    void replace(long userId, String codeHash, Instant now, Instant expiresAt, String createdBy);

    /**
     * Spends the user's code if it has this hash and has not expired: one conditional delete,
     * so that two requests with the same code cannot both succeed.
     */
    boolean spend(long userId, String codeHash, Instant now);

    /** When the user's unspent code expires; empty when there is none or it expired. Read-only. */
    Optional<Instant> findExpiry(long userId, Instant now);

    /** Deletes the user's code, if any. Writes. */
    void delete(long userId);
}
