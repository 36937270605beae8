package org.symbolon.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.audit.AuditRetention;
import org.symbolon.core.audit.SecurityEventPruning;
import org.symbolon.server.config.SymbolonProperties;
import org.symbolon.server.testing.ServerTest;

/**
 * The hourly deletion of old audit events, on a real database, run by calling the job with a
 * fixed clock rather than by waiting for the hour. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class AuditRetentionJobTest extends ServerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:17:00Z");

    @Autowired
    SecurityEventPruning pruning;

    @Autowired
    SymbolonProperties properties;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDefaultRetentionIs400Days() {
        assertThat(properties.audit().retention()).isEqualTo(Duration.ofDays(400));
    }

    @Test
    void eventsOlderThanTheRetentionAreDeletedInSeveralBatchesAndTheRestStay() {
        Duration retention = properties.audit().retention();
        Instant cutoff = NOW.minus(retention);
        // More than two batches of old events, so that the job runs three deletions.
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 12_001; i++) {
            times.add(cutoff.minus(Duration.ofMinutes(i + 1L)));
        }
        times.add(cutoff.minusNanos(1000));
        times.add(cutoff);
        times.add(NOW.minus(Duration.ofDays(1)));
        times.add(NOW);
        insert(times);
        AuditRetentionJob job = new AuditRetentionJob(new AuditRetention(pruning, retention, Clock.fixed(NOW, ZoneOffset.UTC)));

        AuditRetention.Result result = job.pruneOldEvents();

        assertThat(result.deleted()).isEqualTo(12_002);
        assertThat(result.complete()).isTrue();
        assertThat(jdbc.sql("SELECT occurred_at FROM security_events ORDER BY occurred_at")
                .query(java.time.OffsetDateTime.class).list())
                .extracting(java.time.OffsetDateTime::toInstant)
                .containsExactly(cutoff, NOW.minus(Duration.ofDays(1)), NOW);
        assertThat(job.pruneOldEvents().deleted()).as("a second run finds nothing due").isZero();
    }

    private void insert(List<Instant> times) {
        jdbcTemplate.batchUpdate(
                "INSERT INTO security_events (occurred_at, type, user_id, username) VALUES (?, 'TOTP_ENROLLED', 1, 'a')",
                times, 1000, (statement, time) -> statement.setObject(1, time.atOffset(ZoneOffset.UTC)));
    }
}
