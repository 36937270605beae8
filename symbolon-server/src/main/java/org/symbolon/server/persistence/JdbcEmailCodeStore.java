package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.email.EmailCodeStore;
import org.symbolon.core.email.SendHistory;

/** {@link EmailCodeStore} on {@code email_codes} and the send-limit columns of {@code users} (V7__email.sql). */
@Repository
public class JdbcEmailCodeStore implements EmailCodeStore {

    private final JdbcClient jdbc;

    public JdbcEmailCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SendHistory sendHistory(long userId) {
        return jdbc.sql("""
                SELECT email_code_last_sent_at, email_code_window_started_at, email_codes_in_window, email_code_sends
                FROM users WHERE id = ?""")
                .param(userId)
                .query((rs, n) -> new SendHistory(instant(rs, 1), instant(rs, 2), rs.getInt(3), rs.getLong(4)))
                .optional()
                .orElse(SendHistory.NONE);
    }

    @Override
    public boolean recordSend(long userId, SendHistory seen, SendHistory next) {
        return jdbc.sql("""
                UPDATE users SET email_code_last_sent_at = ?, email_code_window_started_at = ?,
                    email_codes_in_window = ?, email_code_sends = ?
                WHERE id = ? AND email_code_sends = ?""")
                .params(timestamp(next.lastSentAt()), timestamp(next.windowStartedAt()), next.sentInWindow(),
                        next.version(), userId, seen.version())
                .update() == 1;
    }

    @Override
    @Transactional
    public void replace(long userId, EmailCodePurpose purpose, String codeHash, EmailAddress sentTo, Instant createdAt,
            Instant expiresAt) {
        jdbc.sql("DELETE FROM email_codes WHERE user_id = ? AND purpose = ?").params(userId, purpose.name()).update();
        jdbc.sql("""
                INSERT INTO email_codes (user_id, purpose, code_hash, sent_to, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(userId, purpose.name(), codeHash, sentTo.value(), timestamp(createdAt), timestamp(expiresAt))
                .update();
    }

    @Override
    public boolean reserveTry(long userId, EmailCodePurpose purpose, int maxTries) {
        return jdbc.sql("""
                UPDATE email_codes SET tries = tries + 1
                WHERE user_id = ? AND purpose = ? AND tries < ? AND used_at IS NULL""")
                .params(userId, purpose.name(), maxTries)
                .update() == 1;
    }

    /** The update is the guard; the address is read in the same transaction, under the row's lock. */
    @Override
    @Transactional
    public Optional<EmailAddress> spend(long userId, EmailCodePurpose purpose, String codeHash, Instant now) {
        int spent = jdbc.sql("""
                UPDATE email_codes SET used_at = ?
                WHERE user_id = ? AND purpose = ? AND code_hash = ? AND used_at IS NULL AND expires_at > ?""")
                .params(timestamp(now), userId, purpose.name(), codeHash, timestamp(now))
                .update();
        if (spent != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT sent_to FROM email_codes WHERE user_id = ? AND purpose = ?")
                .params(userId, purpose.name())
                .query(String.class)
                .optional()
                .map(EmailAddress::new);
    }

    @Override
    public void deleteAll(long userId) {
        jdbc.sql("DELETE FROM email_codes WHERE user_id = ?").param(userId).update();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
