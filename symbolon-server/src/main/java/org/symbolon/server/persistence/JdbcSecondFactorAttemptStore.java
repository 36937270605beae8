package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.factor.SecondFactorAttemptStore;

/**
 * {@link SecondFactorAttemptStore} on three columns of {@code users}. {@link #reserve} is the
 * compare-and-set of the port: the count goes up only where it still equals the count read, so
 * that of many guesses sent at once to several servers, one proceeds and the others are refused.
 */
@Repository
public class JdbcSecondFactorAttemptStore implements SecondFactorAttemptStore {

    private final JdbcClient jdbc;

    public JdbcSecondFactorAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@link AttemptState#CLEAR} also for an unknown user, who has no failures to count. */
    @Override
    public AttemptState load(long userId) {
        return jdbc.sql("SELECT second_factor_failures, second_factor_last_failure_at, second_factor_locked"
                        + " FROM users WHERE id = ?")
                .param(userId)
                .query((rs, n) -> state(rs))
                .optional()
                .orElse(AttemptState.CLEAR);
    }

    @Override
    public boolean reserve(long userId, AttemptState seen, Instant now) {
        return jdbc.sql("""
                UPDATE users
                SET second_factor_failures = second_factor_failures + 1, second_factor_last_failure_at = ?
                WHERE id = ? AND second_factor_failures = ?""")
                .params(timestamp(now), userId, seen.consecutiveFailures())
                .update() == 1;
    }

    @Override
    public boolean clearIfUnchanged(long userId, AttemptState seen) {
        return jdbc.sql("""
                UPDATE users
                SET second_factor_failures = 0, second_factor_last_failure_at = NULL, second_factor_locked = FALSE
                WHERE id = ? AND second_factor_failures = ?""")
                .params(userId, seen.consecutiveFailures())
                .update() == 1;
    }

    /** The attempt state in a row of users, as this store and the second-step query read it. */
    static AttemptState state(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime lastFailure = rs.getObject("second_factor_last_failure_at", OffsetDateTime.class);
        return new AttemptState(rs.getInt("second_factor_failures"), lastFailure == null ? null : lastFailure.toInstant(),
                rs.getBoolean("second_factor_locked"));
    }

    @Override
    public void lock(long userId) {
        jdbc.sql("UPDATE users SET second_factor_locked = TRUE WHERE id = ?").param(userId).update();
    }

    @Override
    public void clear(long userId) {
        jdbc.sql("""
                UPDATE users
                SET second_factor_failures = 0, second_factor_last_failure_at = NULL, second_factor_locked = FALSE
                WHERE id = ?""")
                .param(userId)
                .update();
    }
}
