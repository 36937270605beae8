package org.symbolon.core.audit;

import java.time.Instant;

/**
 * The one way events leave the audit log: when they are older than the retention period. The log
 * is otherwise append-only ({@link SecurityEventLog}).
 */
public interface SecurityEventPruning {

    /**
     * Deletes up to {@code limit} events that occurred before the cutoff, oldest first, in one
     * transaction of its own, so that pruning a large backlog never holds one long transaction.
     *
     * @return how many were deleted; fewer than {@code limit} means none older is left
     */
    int deleteOccurredBefore(Instant cutoff, int limit);
}
