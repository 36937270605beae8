package org.symbolon.server.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The H2 file that console commands worked on, opened between commands (each command has
 * closed it when it returns) to see what a command changed and which events it recorded.
 */
record ConsoleDatabase(JdbcClient jdbc) {

    /** One recorded security event, as the audit log keeps it. */
    record Event(String type, String username, String actor, String clientIp, String detail) {
    }

    static ConsoleDatabase in(Path dataDir) {
        // AUTO_SERVER as the commands use it: the file may be open in a command or a server too.
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("symbolon") + ";AUTO_SERVER=TRUE";
        return new ConsoleDatabase(JdbcClient.create(new DriverManagerDataSource(url, "sa", "")));
    }

    /** The events of this type, oldest first. */
    List<Event> events(String type) {
        return jdbc.sql("SELECT type, username, actor, client_ip, detail FROM security_events WHERE type = ? ORDER BY id")
                .param(type)
                .query((rs, n) -> new Event(rs.getString("type"), rs.getString("username"), rs.getString("actor"),
                        rs.getString("client_ip"), rs.getString("detail")))
                .list();
    }

    Event lastEvent(String type) {
        List<Event> events = events(type);
        if (events.isEmpty()) {
            throw new AssertionError("no " + type + " event was recorded");
        }
        return events.get(events.size() - 1);
    }

    long eventCount() {
        return jdbc.sql("SELECT COUNT(*) FROM security_events").query(Long.class).single();
    }

    long userId(String usernameKey) {
        return jdbc.sql("SELECT id FROM users WHERE username_key = ?").param(usernameKey).query(Long.class).single();
    }

    Map<String, Object> user(String usernameKey) {
        return jdbc.sql("SELECT * FROM users WHERE username_key = ?").param(usernameKey).query().singleRow();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /**
     * Gives the user an active authenticator and hardware token (their keys placeholders: nothing
     * here decrypts them),
     * recovery codes and a locked second step, as after a lost phone and many wrong codes.
     */
    void lockedOutWithAnAuthenticator(String usernameKey, int recoveryCodes) {
        long userId = userId(usernameKey);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO totp_credentials (public_id, user_id, name, sealed_secret, algorithm, digits, period_seconds,"
                        + " state, created_at, last_used_at) VALUES (?, ?, 'Phone', ?, 'SHA1', 6, 30, 'ACTIVE', ?, ?)")
                .params(java.util.UUID.randomUUID().toString(), userId, new byte[] {1, 2, 3}, now.minusDays(30), now.minusDays(2))
                .update();
        jdbc.sql("INSERT INTO hotp_tokens (public_id, user_id, name, sealed_secret, algorithm, digits, state, next_counter,"
                        + " created_at) VALUES (?, ?, 'Nitrokey', ?, 'SHA1', 6, 'ACTIVE', 4, ?)")
                .params(java.util.UUID.randomUUID().toString(), userId, new byte[] {1, 2, 3}, now.minusDays(20))
                .update();
        for (int i = 0; i < recoveryCodes; i++) {
            jdbc.sql("INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES (?, ?, ?)")
                    .params(userId, "hash-" + i, now.minusDays(30)).update();
        }
        jdbc.sql("UPDATE users SET second_factor_failures = 100, second_factor_locked = TRUE,"
                + " second_factor_last_failure_at = ? WHERE id = ?").params(now.minusHours(1), userId).update();
    }

    void removeTotp(String usernameKey) {
        jdbc.sql("DELETE FROM totp_credentials WHERE user_id = ?").param(userId(usernameKey)).update();
    }
}
