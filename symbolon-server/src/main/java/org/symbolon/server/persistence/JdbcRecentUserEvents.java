package org.symbolon.server.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.RecentUserEvents;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventType;

/**
 * {@link RecentUserEvents} on {@code security_events}. Ordered by occurred_at alone, so that the
 * (user_id, occurred_at) index serves the order read backwards and the read stops after the limit,
 * however many events the user has.
 */
@Repository
public class JdbcRecentUserEvents implements RecentUserEvents {

    private final JdbcClient jdbc;

    public JdbcRecentUserEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SecurityEvent> newest(long userId, int limit) {
        return jdbc.sql("""
                SELECT occurred_at, type, user_id, username, client_ip, user_agent, detail, actor
                FROM security_events WHERE user_id = ?
                ORDER BY occurred_at DESC
                FETCH FIRST ? ROWS ONLY""")
                .params(userId, Math.max(0, limit))
                .query((rs, n) -> event(rs))
                .list();
    }

    private static SecurityEvent event(ResultSet rs) throws SQLException {
        return new SecurityEvent(SecurityEventType.valueOf(rs.getString("type")), rs.getLong("user_id"),
                rs.getString("username"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                new ClientInfo(rs.getString("client_ip"), rs.getString("user_agent")), rs.getString("detail"),
                rs.getString("actor"));
    }
}
