package org.symbolon.core.factor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where hardware tokens' counter-based credentials are kept. Every look-up is by user, through an
 * index on the user id; the methods that accept a code are single conditional updates on the
 * counter, so that two servers racing with the same code cannot both succeed (RFC 4226 §7.2).
 */
public interface HotpTokenStore {

    /** Stores a new pending token. Writes. */
    void insertPending(StoredHotpToken token);

    /** The user's pending token with this public id, or empty (also when it expired). Read-only. */
    Optional<StoredHotpToken> findPending(long userId, String publicId, Instant now);

    /** The user's active tokens, oldest first; empty when there are none. Read-only. */
    List<StoredHotpToken> findActive(long userId);

    /** The number of the user's active tokens. Read-only. */
    int countActive(long userId);

    /**
     * Activates a pending, unexpired token; its next counter becomes {@code nextCounter}.
     *
     * @return false when it was not pending any more, or expired
     */
    boolean activate(long tokenId, long nextCounter, Instant now);

    /**
     * Records an accepted code of counter {@code counter}: the next counter becomes counter + 1,
     * but only if it is still at most {@code counter} (the replay guard) and the user's failure
     * count is still {@code failuresSeen} (the attempt compare-and-set), in one statement.
     */
    TotpCredentialStore.UseRecord recordUse(long tokenId, long counter, Instant now, long userId, int failuresSeen);

    /**
     * Moves an active token's next counter to {@code nextCounter} after a resynchronisation, but only
     * if it is still {@code seenCounter}: a code accepted meanwhile wins. One conditional update.
     *
     * @return false when the token is gone or its counter moved
     */
    boolean resynchronize(long tokenId, long seenCounter, long nextCounter, Instant now);

    /** Deletes one of the user's tokens; returns false when there was none with this id. */
    boolean delete(long userId, String publicId);

    /** Deletes all of the user's tokens, pending and active; returns how many. */
    int deleteAll(long userId);
}
