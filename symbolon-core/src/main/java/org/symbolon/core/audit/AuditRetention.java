package org.symbolon.core.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes events older than the retention period, in batches, so that the audit log does not
 * grow for ever and keeps no personal data (addresses, browsers) longer than it is useful.
 */
public final class AuditRetention {

    /** The shortest retention allowed: shorter would delete events before anyone could read them. */
    public static final Duration MINIMUM = Duration.ofDays(1);

    /** Events per batch: each batch is one short transaction. */
    static final int BATCH_SIZE = 5_000;

    /** Batches per run at most, so that one run of a large backlog ends; the next run goes on. */
    static final int MAX_BATCHES_PER_RUN = 200;

    /**
     * What one run did.
     *
     * @param cutoff events before this instant were due
     * @param complete false when the run stopped at its batch limit with due events left
     */
    public record Result(long deleted, Instant cutoff, boolean complete) {
    }

    private final SecurityEventPruning events;
    private final Duration retention;
    private final Clock clock;
    private final int batchSize;

    public AuditRetention(SecurityEventPruning events, Duration retention, Clock clock) {
        this(events, retention, clock, BATCH_SIZE);
    }

    AuditRetention(SecurityEventPruning events, Duration retention, Clock clock, int batchSize) {
        if (retention == null || retention.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("the audit retention must be at least " + MINIMUM.toDays() + " day");
        }
        this.events = events;
        this.retention = retention;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Deletes the events older than the retention period, up to the batch limit of one run. */
    public Result prune() {
        Instant cutoff = clock.instant().minus(retention);
        long deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            int count = events.deleteOccurredBefore(cutoff, batchSize);
            deleted += count;
            if (count < batchSize) {
                return new Result(deleted, cutoff, true);
            }
        }
        return new Result(deleted, cutoff, false);
    }
}
