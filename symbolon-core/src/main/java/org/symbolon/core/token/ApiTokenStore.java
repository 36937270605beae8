package org.symbolon.core.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where tokens are kept: their metadata and the keyed hash of each secret, never a secret. Tokens
 * are never deleted, so that the list and the audit log keep naming them after revocation.
 */
public interface ApiTokenStore {

    /**
     * Stores a new token, unless a live token (not revoked, not expired at {@code token.createdAt()})
     * has the same name ignoring case. The check and the insert cannot be raced apart: of two
     * servers creating the same name at once, one stores it. Writes.
     *
     * @return false when the name is taken
     */
    boolean insert(ApiToken token, String secretHash);

    /** Every token, revoked and expired ones included, newest first; empty when there are none. Read-only. */
    List<ApiToken> findAll();

    /** The token with this public id, in any state, or empty. Read-only. */
    Optional<ApiToken> findByPublicId(String publicId);

    /** The token whose secret has this hash, in any state, or empty: one look-up in a unique index. Read-only. */
    Optional<ApiToken> findBySecretHash(String secretHash);

    /**
     * Revokes the token, in one conditional update; its name becomes free for a new token.
     *
     * @return false when there is no token with this id, or it was revoked already
     */
    boolean revoke(String publicId, Instant now, String revokedBy);

    /**
     * Sets the time of last use to {@code now}, but only where the stored one is null or before
     * {@code staleBefore}: a conditional update, so that many requests at once write once. Writes at
     * most one row.
     */
    void recordUse(String publicId, Instant now, Instant staleBefore);
}
