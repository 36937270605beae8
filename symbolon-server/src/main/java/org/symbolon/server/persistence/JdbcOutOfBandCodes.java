package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.email.SendHistory;
import org.symbolon.core.oob.OutOfBandCodeStore;

/**
 * {@link OutOfBandCodeStore} for one channel: its code table ({@code email_codes}, {@code sms_codes},
 * of one shape) and its four send-limit columns of {@code users} ({@code email_code_last_sent_at}, …).
 * The names are the subclass's constants, never input.
 *
 * @param <A> where codes are sent, stored as text in {@code sent_to}
 */
abstract class JdbcOutOfBandCodes<A> implements OutOfBandCodeStore<A> {

    private final JdbcClient jdbc;
    private final String table;
    private final String prefix;
    private final Function<A, String> write;
    private final Function<String, A> read;

    /** @param channel {@code email} or {@code sms}: the table is {@code CHANNEL_codes}, the columns {@code CHANNEL_code…} */
    JdbcOutOfBandCodes(JdbcClient jdbc, String channel, Function<A, String> write, Function<String, A> read) {
        this.jdbc = jdbc;
        this.table = channel + "_codes";
        this.prefix = channel;
        this.write = write;
        this.read = read;
    }

    @Override
    public SendHistory sendHistory(long userId) {
        return jdbc.sql("SELECT %1$s_code_last_sent_at, %1$s_code_window_started_at, %1$s_codes_in_window, %1$s_code_sends"
                .formatted(prefix) + " FROM users WHERE id = ?")
                .param(userId)
                .query((rs, n) -> new SendHistory(instant(rs, 1), instant(rs, 2), rs.getInt(3), rs.getLong(4)))
                .optional()
                .orElse(SendHistory.NONE);
    }

    @Override
    public boolean recordSend(long userId, SendHistory seen, SendHistory next) {
        return jdbc.sql("""
                UPDATE users SET %1$s_code_last_sent_at = ?, %1$s_code_window_started_at = ?,
                    %1$s_codes_in_window = ?, %1$s_code_sends = ?
                WHERE id = ? AND %1$s_code_sends = ?""".formatted(prefix))
                .params(timestamp(next.lastSentAt()), timestamp(next.windowStartedAt()), next.sentInWindow(),
                        next.version(), userId, seen.version())
                .update() == 1;
    }

    @Override
    @Transactional
    public void replace(long userId, EmailCodePurpose purpose, String codeHash, A sentTo, Instant createdAt,
            Instant expiresAt) {
        jdbc.sql("DELETE FROM " + table + " WHERE user_id = ? AND purpose = ?").params(userId, purpose.name()).update();
        jdbc.sql("INSERT INTO " + table + " (user_id, purpose, code_hash, sent_to, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(userId, purpose.name(), codeHash, write.apply(sentTo), timestamp(createdAt), timestamp(expiresAt))
                .update();
    }

    @Override
    public boolean reserveTry(long userId, EmailCodePurpose purpose, int maxTries) {
        return jdbc.sql("UPDATE " + table + " SET tries = tries + 1"
                        + " WHERE user_id = ? AND purpose = ? AND tries < ? AND used_at IS NULL")
                .params(userId, purpose.name(), maxTries)
                .update() == 1;
    }

    /** The update is the guard; where it went is read in the same transaction, under the row's lock. */
    @Override
    @Transactional
    public Optional<A> spend(long userId, EmailCodePurpose purpose, String codeHash, Instant now) {
        int spent = jdbc.sql("UPDATE " + table + " SET used_at = ?"
                        + " WHERE user_id = ? AND purpose = ? AND code_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(timestamp(now), userId, purpose.name(), codeHash, timestamp(now))
                .update();
        if (spent != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT sent_to FROM " + table + " WHERE user_id = ? AND purpose = ?")
                .params(userId, purpose.name())
                .query(String.class)
                .optional()
                .map(read);
    }

    @Override
    public void deleteAll(long userId) {
        jdbc.sql("DELETE FROM " + table + " WHERE user_id = ?").param(userId).update();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
