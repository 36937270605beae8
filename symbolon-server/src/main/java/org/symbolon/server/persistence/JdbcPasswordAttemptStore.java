package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.login.PasswordAttemptStore;

/**
 * {@link PasswordAttemptStore} on the table {@code password_attempts}, every statement by its
 * primary key. The reservation is a compare-and-set: an UPDATE conditional on the count read, or
 * the INSERT of the first attempt, which the primary key lets only one request make. (Not in a
 * transaction: the password step has none, so a refused INSERT spoils nothing on PostgreSQL.)
 */
@Repository
public class JdbcPasswordAttemptStore implements PasswordAttemptStore {

    private final JdbcClient jdbc;

    public JdbcPasswordAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AttemptState load(String usernameKey) {
        return jdbc.sql("SELECT attempts, last_attempt_at FROM password_attempts WHERE username_key = ?")
                .param(usernameKey)
                .query((rs, n) -> new AttemptState(rs.getInt("attempts"),
                        rs.getObject("last_attempt_at", OffsetDateTime.class).toInstant(), false))
                .optional()
                .orElse(AttemptState.CLEAR);
    }

    @Override
    public boolean reserve(String usernameKey, AttemptState seen, Instant now) {
        OffsetDateTime at = timestamp(now);
        if (seen.consecutiveFailures() > 0) {
            return jdbc.sql("UPDATE password_attempts SET attempts = attempts + 1, last_attempt_at = ?"
                            + " WHERE username_key = ? AND attempts = ?")
                    .params(at, usernameKey, seen.consecutiveFailures())
                    .update() == 1;
        }
        try {
            return jdbc.sql("INSERT INTO password_attempts (username_key, attempts, last_attempt_at) VALUES (?, 1, ?)")
                    .params(usernameKey, at)
                    .update() == 1;
        } catch (DuplicateKeyException concurrent) {
            return false;
        }
    }

    @Override
    public void clear(String usernameKey) {
        jdbc.sql("DELETE FROM password_attempts WHERE username_key = ?").param(usernameKey).update();
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM password_attempts WHERE last_attempt_at < ?")
                .param(timestamp(cutoff))
                .update();
    }
}
