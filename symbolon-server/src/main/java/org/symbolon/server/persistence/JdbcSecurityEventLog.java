package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;

/** {@link SecurityEventLog} on the {@code security_events} table: inserts only. */
@Repository
public class JdbcSecurityEventLog implements SecurityEventLog {

    // The column sizes of V2__second_factors.sql and V3__administration.sql.
    private static final int USERNAME_LENGTH = 128;
    private static final int CLIENT_IP_LENGTH = 64;
    private static final int USER_AGENT_LENGTH = 512;
    private static final int DETAIL_LENGTH = 512;

    private final JdbcClient jdbc;

    public JdbcSecurityEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(SecurityEvent event) {
        ClientInfo client = event.client();
        jdbc.sql("""
                INSERT INTO security_events (occurred_at, type, user_id, username, client_ip, user_agent, detail, actor)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(timestamp(event.occurredAt()), event.type().name(), event.userId(),
                        clip(event.username(), USERNAME_LENGTH),
                        client == null ? null : clip(client.ipAddress(), CLIENT_IP_LENGTH),
                        client == null ? null : clip(client.userAgent(), USER_AGENT_LENGTH),
                        clip(event.detail(), DETAIL_LENGTH), clip(event.actor(), USERNAME_LENGTH))
                .update();
    }

    /**
     * Text cut to fit its column, so that an overlong name typed at sign-in cannot make the event
     * fail to be recorded. Cut between characters, never inside a surrogate pair.
     */
    static String clip(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }
}
