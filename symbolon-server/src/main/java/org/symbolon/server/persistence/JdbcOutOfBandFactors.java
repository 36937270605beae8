package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A channel's factors, one row per user at most ({@code email_factors}, {@code sms_factors}):
 * the user, where codes go, and when it was added. The names are the subclass's constants, never input.
 *
 * @param <A> where codes go, stored as text
 * @param <F> the factor
 */
abstract class JdbcOutOfBandFactors<A, F> {

    /** Makes the factor from its row. */
    @FunctionalInterface
    interface Row<A, F> {
        F factor(long userId, A destination, Instant createdAt);
    }

    private final JdbcClient jdbc;
    private final String channel;
    private final String column;
    private final Function<A, String> write;
    private final Function<String, A> read;
    private final Row<A, F> row;

    /** @param channel {@code email} or {@code sms}: the tables are {@code CHANNEL_factors} and {@code CHANNEL_codes} */
    JdbcOutOfBandFactors(JdbcClient jdbc, String channel, String column, Function<A, String> write,
            Function<String, A> read, Row<A, F> row) {
        this.jdbc = jdbc;
        this.channel = channel;
        this.column = column;
        this.write = write;
        this.read = read;
        this.row = row;
    }

    public Optional<F> find(long userId) {
        return jdbc.sql("SELECT user_id, " + column + ", created_at FROM " + channel + "_factors WHERE user_id = ?")
                .param(userId)
                .query((rs, n) -> row.factor(rs.getLong(1), read.apply(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The primary key decides a race between two confirmations. */
    public boolean add(long userId, A destination, Instant now) {
        try {
            return jdbc.sql("INSERT INTO " + channel + "_factors (user_id, " + column + ", created_at)"
                            + " SELECT id, ?, ? FROM users WHERE id = ?")
                    .params(write.apply(destination), timestamp(now), userId)
                    .update() == 1;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** The factor and any code waiting for it. */
    @Transactional
    public boolean delete(long userId) {
        jdbc.sql("DELETE FROM " + channel + "_codes WHERE user_id = ?").param(userId).update();
        return jdbc.sql("DELETE FROM " + channel + "_factors WHERE user_id = ?").param(userId).update() == 1;
    }
}
