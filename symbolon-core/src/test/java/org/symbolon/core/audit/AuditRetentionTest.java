package org.symbolon.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.symbolon.core.testing.InMemorySecurityEvents;
import org.symbolon.core.testing.MutableClock;

class AuditRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    private final InMemorySecurityEvents events = new InMemorySecurityEvents();
    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void eventsOlderThanTheRetentionGoAndTheOneAtTheCutoffStays() {
        Duration retention = Duration.ofDays(400);
        events.add(SecurityEventType.TOTP_ENROLLED, NOW.minus(retention).minusNanos(1000), 1L, null, "");
        events.add(SecurityEventType.TOTP_ENROLLED, NOW.minus(retention), 1L, null, "");
        events.add(SecurityEventType.TOTP_ENROLLED, NOW, 1L, null, "");

        AuditRetention.Result result = new AuditRetention(events, retention, clock).prune();

        assertThat(result.deleted()).isEqualTo(1);
        assertThat(result.cutoff()).isEqualTo(NOW.minus(retention));
        assertThat(result.complete()).isTrue();
        assertThat(events.size()).isEqualTo(2);
    }

    @Test
    void aBacklogIsDeletedInBatchesUntilABatchIsNotFull() {
        for (int i = 0; i < 7; i++) {
            events.add(SecurityEventType.TOTP_ENROLLED, NOW.minus(Duration.ofDays(500)), 1L, null, "");
        }

        AuditRetention.Result result = new AuditRetention(events, Duration.ofDays(1), clock, 3).prune();

        assertThat(result.deleted()).isEqualTo(7);
        assertThat(events.deleteLimits()).containsExactly(3, 3, 3);
    }

    @Test
    void oneRunStopsAtItsBatchLimitAndTheNextGoesOn() {
        int batches = AuditRetention.MAX_BATCHES_PER_RUN;
        for (int i = 0; i < batches * 2 + 1; i++) {
            events.add(SecurityEventType.TOTP_ENROLLED, NOW.minus(Duration.ofDays(500)), 1L, null, "");
        }
        AuditRetention retention = new AuditRetention(events, Duration.ofDays(1), clock, 2);

        AuditRetention.Result first = retention.prune();
        AuditRetention.Result second = retention.prune();

        assertThat(first.deleted()).isEqualTo(batches * 2L);
        assertThat(first.complete()).isFalse();
        assertThat(second.deleted()).isEqualTo(1);
        assertThat(second.complete()).isTrue();
    }

    @Test
    void theCutoffMovesWithTheClock() {
        events.add(SecurityEventType.TOTP_ENROLLED, NOW, 1L, null, "");
        AuditRetention retention = new AuditRetention(events, Duration.ofDays(1), clock);

        assertThat(retention.prune().deleted()).isZero();
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(retention.prune().deleted()).isEqualTo(1);
    }

    @Test
    void aRetentionShorterThanADayIsRefused() {
        assertThatThrownBy(() -> new AuditRetention(events, Duration.ofHours(23), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 day");
        assertThatThrownBy(() -> new AuditRetention(events, null, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
