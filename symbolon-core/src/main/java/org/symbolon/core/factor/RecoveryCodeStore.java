package org.symbolon.core.factor;

import java.time.Instant;
import java.util.List;

/** Where the keyed hashes of recovery codes are kept, never the codes themselves. */
public interface RecoveryCodeStore {

    /** Replaces the user's codes by a new set, in one transaction: the old set stops working. Writes. */
    void replaceAll(long userId, List<String> codeHashes, Instant now);

    /**
     * Spends an unused code: one conditional update on the (user, hash) key.
     *
     * @return false when the user has no such unused code
     */
    boolean spend(long userId, String codeHash, Instant now);

    /** How many unused codes the user has. Read-only. */
    int countUnused(long userId);

    /** Deletes all of the user's codes. Writes. */
    void deleteAll(long userId);
}
