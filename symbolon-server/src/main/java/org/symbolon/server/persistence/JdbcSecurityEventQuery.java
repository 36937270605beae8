package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.audit.AuditCursor;
import org.symbolon.core.audit.AuditEntry;
import org.symbolon.core.audit.AuditFilter;
import org.symbolon.core.audit.SecurityEventQuery;
import org.symbolon.core.audit.SecurityEventType;

/**
 * {@link SecurityEventQuery} on the {@code security_events} table, by keyset over the indexes of
 * V5__audit_paging.sql. Each index is (equality columns..., occurred_at, id), so the database walks
 * one index range in order and stops after {@code limit} entries.
 */
@Repository
public class JdbcSecurityEventQuery implements SecurityEventQuery {

    private static final String COLUMNS = "id, occurred_at, type, user_id, username, actor, client_ip, user_agent, detail";

    private final JdbcClient jdbc;

    public JdbcSecurityEventQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AuditEntry> newestFirst(AuditFilter filter, Optional<AuditCursor> before, int limit) {
        return read(statement(filter, before.orElse(null), limit, true));
    }

    @Override
    public List<AuditEntry> oldestFirst(AuditFilter filter, AuditCursor after, int limit) {
        return read(statement(filter, after, limit, false));
    }

    private enum Direction {
        NEWEST_FIRST("<", "DESC"), OLDEST_FIRST(">", "ASC");

        final String beyond;
        final String order;

        Direction(String beyond, String order) {
            this.beyond = beyond;
            this.order = order;
        }
    }

    private List<AuditEntry> read(Statement statement) {
        return jdbc.sql(statement.sql()).params(statement.params()).query(JdbcSecurityEventQuery::entry).list();
    }

    /** A statement with its parameters in order; apart from running it, for tests that EXPLAIN it. */
    record Statement(String sql, List<Object> params) {
    }

    /**
     * One type (or none) is one ordered index range. Several types are several ranges, one per
     * type, each cut at {@code limit}, merged and cut again: "type IN (...)" would instead make
     * PostgreSQL collect every matching row and sort them, or filter the whole time index.
     */
    static Statement statement(AuditFilter filter, AuditCursor cursor, int limit, boolean newestFirst) {
        Direction direction = newestFirst ? Direction.NEWEST_FIRST : Direction.OLDEST_FIRST;
        List<Object> params = new ArrayList<>();
        String sql;
        if (filter.types().size() <= 1) {
            sql = branch(filter, filter.types().stream().findFirst().orElse(null), cursor, limit, direction, params);
        } else {
            List<String> branches = new ArrayList<>();
            for (SecurityEventType type : filter.types().stream().sorted().toList()) {
                branches.add("(" + branch(filter, type, cursor, limit, direction, params) + ")");
            }
            sql = "SELECT " + COLUMNS + " FROM (" + String.join(" UNION ALL ", branches) + ") AS merged"
                    + orderAndLimit(limit, direction, params);
        }
        return new Statement(sql, List.copyOf(params));
    }

    private static String branch(AuditFilter filter, SecurityEventType type, AuditCursor cursor, int limit,
            Direction direction, List<Object> params) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM security_events WHERE 1 = 1");
        if (filter.userId() != null) {
            sql.append(" AND user_id = ?");
            params.add(filter.userId());
        }
        if (type != null) {
            sql.append(" AND type = ?");
            params.add(type.name());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(timestamp(filter.from()));
        }
        if (filter.until() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(timestamp(filter.until()));
        }
        if (cursor != null) {
            // "(occurred_at, id) < (t, i)", spelled so that H2 and PostgreSQL both take the first
            // half as the bound of the index range and the second only as a filter of the few rows
            // at instant t.
            sql.append(" AND occurred_at ").append(direction.beyond).append("= ?")
                    .append(" AND (occurred_at ").append(direction.beyond).append(" ? OR id ")
                    .append(direction.beyond).append(" ?)");
            params.add(timestamp(cursor.occurredAt()));
            params.add(timestamp(cursor.occurredAt()));
            params.add(cursor.id());
        }
        return sql.append(orderAndLimit(limit, direction, params)).toString();
    }

    private static String orderAndLimit(int limit, Direction direction, List<Object> params) {
        params.add(limit);
        return " ORDER BY occurred_at " + direction.order + ", id " + direction.order + " FETCH FIRST ? ROWS ONLY";
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                SecurityEventType.valueOf(rs.getString("type")),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("user_id", Long.class),
                rs.getString("username"),
                rs.getString("actor"),
                rs.getString("client_ip"),
                rs.getString("user_agent"),
                rs.getString("detail"));
    }
}
