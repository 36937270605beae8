package org.symbolon.core.factor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The registered security keys (WebAuthn credentials) and each user's WebAuthn user handle. */
public interface SecurityKeyStore {

    /** The user's keys, oldest first; empty when there are none. Read-only. */
    List<StoredSecurityKey> keysOf(long userId);

    /** How many keys the user has, counted by the database without reading them. Read-only. */
    int countOf(long userId);

    /** The key with this credential id, of any user, or empty. Read-only, through a unique index. */
    Optional<StoredSecurityKey> byCredentialId(byte[] credentialId);

    /** The user's WebAuthn user handle, or empty when the user never registered a key. Read-only. */
    Optional<byte[]> userHandleOf(long userId);

    /** The username of the user whose handle this is, or empty. Read-only. */
    Optional<String> usernameOfHandle(byte[] userHandle);

    /**
     * The user's handle: the stored one, or {@code candidate}, stored now when the user had none.
     * Writes at most once per user; two requests racing for it both get the one that was stored.
     */
    byte[] userHandle(long userId, byte[] candidate);

    /**
     * Stores a newly registered key, unless the user has {@link StoredSecurityKey#MAX_PER_USER}
     * keys already; the check and the insert are one statement, so that registrations side by side
     * cannot pass the limit.
     *
     * @return false when the limit was reached, or the credential id is registered already
     */
    boolean add(StoredSecurityKey key);

    /**
     * Records an accepted assertion: the new signature counter and the time, but only if the
     * counter moved past the stored one (or both are 0, for keys without a counter), and only if
     * the user's failure count is still {@code failuresSeen}. One conditional update: the clone
     * check (W3C WebAuthn §6.1.1) and the attempt compare-and-set cannot race.
     */
    TotpCredentialStore.UseRecord recordUse(long keyId, long signCount, Instant now, long userId, int failuresSeen);

    /** Renames one of the user's keys; false when the user has no key with this public id. */
    boolean rename(long userId, String publicId, String name);

    /** Deletes one of the user's keys; false when the user has no key with this public id. */
    boolean delete(long userId, String publicId);

    /** Deletes all the user's keys (two-factor sign-in turned off or reset); returns how many. */
    int deleteAll(long userId);
}
