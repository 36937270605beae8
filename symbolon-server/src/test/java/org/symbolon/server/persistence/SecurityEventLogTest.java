package org.symbolon.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/** The audit log on a real database, read back with plain SQL; run on H2 and on PostgreSQL by the subclasses. */
abstract class SecurityEventLogTest extends ServerTest {

    private static final Instant AT = Instant.parse("2025-03-01T10:15:30.123456Z");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    SecurityEventLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventIsStoredWithEveryField() {
        long alice = TestUsers.user(accounts, "alice").id();

        log.record(new SecurityEvent(SecurityEventType.SECOND_FACTOR_FAILED, alice, "alice", AT,
                new ClientInfo("2001:db8::1", "Mozilla/5.0 (X11; Linux x86_64)"), "REPLAYED"));

        Map<String, Object> row = jdbc.sql("SELECT occurred_at, type, user_id, username, client_ip, user_agent, detail"
                + " FROM security_events").query().singleRow();
        assertThat(jdbc.sql("SELECT occurred_at FROM security_events").query(OffsetDateTime.class).single().toInstant())
                .isEqualTo(AT);
        assertThat(row).extractingByKeys("TYPE", "USER_ID", "USERNAME", "CLIENT_IP", "USER_AGENT", "DETAIL")
                .containsExactly("SECOND_FACTOR_FAILED", alice, "alice", "2001:db8::1",
                        "Mozilla/5.0 (X11; Linux x86_64)", "REPLAYED");
    }

    @Test
    void anEventWithoutAccountOrClientIsStoredWithNulls() {
        log.record(new SecurityEvent(SecurityEventType.SECOND_FACTOR_LOCKED, null, null, AT, null, null));

        Map<String, Object> row = jdbc.sql("SELECT type, user_id, username, client_ip, user_agent, detail"
                + " FROM security_events").query().singleRow();
        assertThat(row).extractingByKeys("TYPE", "USER_ID", "USERNAME", "CLIENT_IP", "USER_AGENT", "DETAIL")
                .containsExactly("SECOND_FACTOR_LOCKED", null, null, null, null, null);
    }

    @Test
    void eventsOutliveTheirAccountAndKeepTheirOrder() {
        long alice = TestUsers.user(accounts, "alice").id();
        log.record(new SecurityEvent(SecurityEventType.TOTP_ENROLLED, alice, "alice", AT, ClientInfo.CONSOLE, ""));
        log.record(new SecurityEvent(SecurityEventType.TOTP_REMOVED, alice, "alice", AT.plusSeconds(1),
                ClientInfo.CONSOLE, ""));

        jdbc.sql("DELETE FROM users WHERE id = ?").param(alice).update();

        List<String> types = jdbc.sql("SELECT type FROM security_events WHERE user_id = ? ORDER BY occurred_at")
                .param(alice).query(String.class).list();
        assertThat(types).containsExactly("TOTP_ENROLLED", "TOTP_REMOVED");
    }

    @Test
    void anOverlongNameTypedAtSignInIsCutToFitNotRefused() {
        String name = "x".repeat(127) + "\uD83D\uDE00" + "y".repeat(10_000);

        log.record(new SecurityEvent(SecurityEventType.SECOND_FACTOR_FAILED, null, name, AT,
                new ClientInfo("203.0.113.9", "z".repeat(10_000)), "d".repeat(10_000)));

        Map<String, Object> row = jdbc.sql("SELECT username, user_agent, detail FROM security_events").query().singleRow();
        assertThat((String) row.get("USERNAME")).as("not cut inside the surrogate pair").isEqualTo("x".repeat(127));
        assertThat((String) row.get("USER_AGENT")).hasSize(512);
        assertThat((String) row.get("DETAIL")).hasSize(512);
    }
}
