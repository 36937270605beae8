package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.audit.AuditCursor;
import org.symbolon.core.audit.SecurityEventPruning;

/** {@link SecurityEventPruning}: the only statements that delete from {@code security_events}. */
@Repository
public class JdbcSecurityEventPruning implements SecurityEventPruning {

    private final JdbcClient jdbc;

    public JdbcSecurityEventPruning(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Two statements in autocommit, so each batch is one short transaction: the last event of the
     * batch is found on the (occurred_at, id) index, then everything up to it is deleted as one
     * index range. Neither database has a portable DELETE ... LIMIT, and the usual "WHERE id IN
     * (SELECT ... LIMIT n)" takes H2 tens of seconds for 5,000 rows (it runs the sub-query again
     * and again). Should another server prune at the same moment, the later of the two deletes
     * finds fewer rows, and its run ends early.
     */
    @Override
    public int deleteOccurredBefore(Instant cutoff, int limit) {
        Optional<AuditCursor> last = jdbc.sql("""
                SELECT occurred_at, id FROM security_events WHERE occurred_at < ?
                ORDER BY occurred_at, id OFFSET ? ROWS FETCH NEXT 1 ROW ONLY""")
                .params(timestamp(cutoff), limit - 1)
                .query((rs, row) -> new AuditCursor(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getLong("id")))
                .optional();
        if (last.isEmpty()) {
            // Fewer than a batch are due: all of them.
            return jdbc.sql("DELETE FROM security_events WHERE occurred_at < ?").param(timestamp(cutoff)).update();
        }
        Instant time = last.get().occurredAt();
        return jdbc.sql("DELETE FROM security_events WHERE occurred_at <= ? AND (occurred_at < ? OR id <= ?)")
                .params(timestamp(time), timestamp(time), last.get().id())
                .update();
    }
}
