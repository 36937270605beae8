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
import org.symbolon.core.factor.StoredTotpCredential;
import org.symbolon.core.factor.TotpCredentialStore;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.TotpSettings;

/**
 * {@link TotpCredentialStore} on the {@code totp_credentials} table. Every look-up goes through the
 * index on (user_id, state); the two methods that accept a code are each one conditional UPDATE,
 * whose row lock makes a second server racing with the same code wait and then see the new step.
 */
@Repository
public class JdbcTotpCredentialStore implements TotpCredentialStore {

    static final String COLUMNS = "id, public_id, user_id, name, sealed_secret, algorithm, digits, "
            + "period_seconds, state, offset_steps, last_used_step, created_at, last_used_at, expires_at";

    private final JdbcClient jdbc;

    public JdbcTotpCredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the record given is ignored: the database numbers the row. */
    @Override
    public void insertPending(StoredTotpCredential credential) {
        if (credential.state() != CredentialState.PENDING || credential.expiresAt() == null) {
            throw new IllegalArgumentException("a new credential is pending and expires");
        }
        TotpSettings settings = credential.settings();
        jdbc.sql("""
                INSERT INTO totp_credentials (public_id, user_id, name, sealed_secret, algorithm, digits,
                        period_seconds, state, offset_steps, last_used_step, created_at, last_used_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(credential.publicId(), credential.userId(), credential.name(), credential.sealedSecret(),
                        settings.algorithm().name(), settings.digits(), settings.periodSeconds(),
                        CredentialState.PENDING.name(), credential.offsetSteps(), credential.lastUsedStep(),
                        timestamp(credential.createdAt()), nullableTimestamp(credential.lastUsedAt()),
                        timestamp(credential.expiresAt()))
                .update();
    }

    @Override
    public Optional<StoredTotpCredential> findPending(long userId, String publicId, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM totp_credentials"
                        + " WHERE user_id = ? AND public_id = ? AND state = 'PENDING' AND expires_at > ?")
                .params(userId, publicId, timestamp(now))
                .query((rs, n) -> credential(rs))
                .optional();
    }

    @Override
    public List<StoredTotpCredential> findActive(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM totp_credentials WHERE user_id = ? AND state = 'ACTIVE'"
                        + " ORDER BY created_at, id")
                .param(userId)
                .query((rs, n) -> credential(rs))
                .list();
    }

    @Override
    public int countActive(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM totp_credentials WHERE user_id = ? AND state = 'ACTIVE'")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    @Override
    public boolean activate(long credentialId, long step, int offsetSteps, Instant now) {
        // The expiry is cleared with the state, as the table's check requires of an active credential.
        return jdbc.sql("""
                UPDATE totp_credentials
                SET state = 'ACTIVE', expires_at = NULL, last_used_step = ?, offset_steps = ?, last_used_at = ?
                WHERE id = ? AND state = 'PENDING' AND expires_at > ?""")
                .params(step, offsetSteps, timestamp(now), credentialId, timestamp(now))
                .update() == 1;
    }

    @Override
    public UseRecord recordUse(long credentialId, long step, int offsetSteps, Instant now, long userId, int failuresSeen) {
        // The replay guard and the attempt compare-and-set in one statement: never "read the
        // last step, then write". A pending credential takes no code here; it is proved through
        // activate, which checks its expiry.
        int updated = jdbc.sql("""
                UPDATE totp_credentials SET last_used_step = ?, offset_steps = ?, last_used_at = ?
                WHERE id = ? AND state = 'ACTIVE' AND last_used_step < ?
                  AND EXISTS (SELECT 1 FROM users WHERE id = ? AND second_factor_failures = ?)""")
                .params(step, offsetSteps, timestamp(now), credentialId, step, userId, failuresSeen)
                .update();
        if (updated == 1) {
            return UseRecord.RECORDED;
        }
        // Only a refused code pays for this second look, to tell a replay from a lost race.
        boolean stepUsed = jdbc.sql("SELECT COUNT(*) FROM totp_credentials WHERE id = ? AND last_used_step >= ?")
                .params(credentialId, step)
                .query(Integer.class)
                .single() > 0;
        return stepUsed ? UseRecord.STEP_USED : UseRecord.ATTEMPTS_CHANGED;
    }

    @Override
    public boolean delete(long userId, String publicId) {
        return jdbc.sql("DELETE FROM totp_credentials WHERE user_id = ? AND public_id = ?")
                .params(userId, publicId)
                .update() == 1;
    }

    @Override
    public int deleteAll(long userId) {
        return jdbc.sql("DELETE FROM totp_credentials WHERE user_id = ?").param(userId).update();
    }

    private static OffsetDateTime nullableTimestamp(Instant instant) {
        return instant == null ? null : timestamp(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static StoredTotpCredential credential(ResultSet rs) throws SQLException {
        return new StoredTotpCredential(
                rs.getLong("id"),
                rs.getString("public_id"),
                rs.getLong("user_id"),
                rs.getString("name"),
                rs.getBytes("sealed_secret"),
                new TotpSettings(OtpAlgorithm.valueOf(rs.getString("algorithm")), rs.getInt("digits"),
                        rs.getInt("period_seconds")),
                CredentialState.valueOf(rs.getString("state")),
                rs.getInt("offset_steps"),
                rs.getLong("last_used_step"),
                instant(rs, "created_at"),
                instant(rs, "last_used_at"),
                instant(rs, "expires_at"));
    }
}
