package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.factor.CredentialState;
import org.symbolon.core.factor.HotpTokenStore;
import org.symbolon.core.factor.StoredHotpToken;
import org.symbolon.core.factor.TotpCredentialStore.UseRecord;
import org.symbolon.core.otp.OtpAlgorithm;

/**
 * {@link HotpTokenStore} on the {@code hotp_tokens} table. Every look-up goes through the index on
 * (user_id, state); accepting a code and resynchronising are each one conditional UPDATE, whose row
 * lock makes a second server racing with the same code wait and then see the new counter.
 */
@Repository
public class JdbcHotpTokenStore implements HotpTokenStore {

    static final String COLUMNS = "id, public_id, user_id, name, sealed_secret, algorithm, digits, state, "
            + "next_counter, created_at, last_used_at, expires_at";

    private final JdbcClient jdbc;

    public JdbcHotpTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the record given is ignored: the database numbers the row. */
    @Override
    public void insertPending(StoredHotpToken token) {
        if (token.state() != CredentialState.PENDING || token.expiresAt() == null) {
            throw new IllegalArgumentException("a new token is pending and expires");
        }
        jdbc.sql("""
                INSERT INTO hotp_tokens (public_id, user_id, name, sealed_secret, algorithm, digits, state,
                        next_counter, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
                .params(token.publicId(), token.userId(), token.name(), token.sealedSecret(), token.algorithm().name(),
                        token.digits(), token.nextCounter(), timestamp(token.createdAt()), timestamp(token.expiresAt()))
                .update();
    }

    @Override
    public Optional<StoredHotpToken> findPending(long userId, String publicId, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hotp_tokens"
                        + " WHERE user_id = ? AND public_id = ? AND state = 'PENDING' AND expires_at > ?")
                .params(userId, publicId, timestamp(now))
                .query((rs, n) -> token(rs))
                .optional();
    }

    @Override
    public List<StoredHotpToken> findActive(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hotp_tokens WHERE user_id = ? AND state = 'ACTIVE'"
                        + " ORDER BY created_at, id")
                .param(userId)
                .query((rs, n) -> token(rs))
                .list();
    }

    @Override
    public int countActive(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM hotp_tokens WHERE user_id = ? AND state = 'ACTIVE'")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    @Override
    public boolean activate(long tokenId, long nextCounter, Instant now) {
        return jdbc.sql("""
                UPDATE hotp_tokens SET state = 'ACTIVE', expires_at = NULL, next_counter = ?, last_used_at = ?
                WHERE id = ? AND state = 'PENDING' AND expires_at > ?""")
                .params(nextCounter, timestamp(now), tokenId, timestamp(now))
                .update() == 1;
    }

    @Override
    public UseRecord recordUse(long tokenId, long counter, Instant now, long userId, int failuresSeen) {
        // The replay guard and the attempt compare-and-set in one statement, as for apps.
        int updated = jdbc.sql("""
                UPDATE hotp_tokens SET next_counter = ?, last_used_at = ?
                WHERE id = ? AND state = 'ACTIVE' AND next_counter <= ?
                  AND EXISTS (SELECT 1 FROM users WHERE id = ? AND second_factor_failures = ?)""")
                .params(counter + 1, timestamp(now), tokenId, counter, userId, failuresSeen)
                .update();
        if (updated == 1) {
            return UseRecord.RECORDED;
        }
        // Only a refused code pays for this second look, to tell a replay from a lost race.
        boolean used = jdbc.sql("SELECT COUNT(*) FROM hotp_tokens WHERE id = ? AND next_counter > ?")
                .params(tokenId, counter)
                .query(Integer.class)
                .single() > 0;
        return used ? UseRecord.STEP_USED : UseRecord.ATTEMPTS_CHANGED;
    }

    @Override
    public boolean resynchronize(long tokenId, long seenCounter, long nextCounter, Instant now) {
        return jdbc.sql("""
                UPDATE hotp_tokens SET next_counter = ?, last_used_at = ?
                WHERE id = ? AND state = 'ACTIVE' AND next_counter = ?""")
                .params(nextCounter, timestamp(now), tokenId, seenCounter)
                .update() == 1;
    }

    @Override
    public boolean delete(long userId, String publicId) {
        return jdbc.sql("DELETE FROM hotp_tokens WHERE user_id = ? AND public_id = ?")
                .params(userId, publicId)
                .update() == 1;
    }

    @Override
    public int deleteAll(long userId) {
        return jdbc.sql("DELETE FROM hotp_tokens WHERE user_id = ?").param(userId).update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static StoredHotpToken token(ResultSet rs) throws SQLException {
        return new StoredHotpToken(
                rs.getLong("id"),
                rs.getString("public_id"),
                rs.getLong("user_id"),
                rs.getString("name"),
                rs.getBytes("sealed_secret"),
                OtpAlgorithm.valueOf(rs.getString("algorithm")),
                rs.getInt("digits"),
                CredentialState.valueOf(rs.getString("state")),
                rs.getLong("next_counter"),
                instant(rs, "created_at"),
                instant(rs, "last_used_at"),
                instant(rs, "expires_at"));
    }
}
