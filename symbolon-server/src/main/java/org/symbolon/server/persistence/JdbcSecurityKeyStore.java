package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.factor.SecurityKeyStore;
import org.symbolon.core.factor.StoredSecurityKey;
import org.symbolon.core.factor.TotpCredentialStore.UseRecord;

/** Security keys and user handles (V11). Every look-up goes through a primary key or a unique index. */
@Repository
public class JdbcSecurityKeyStore implements SecurityKeyStore {

    private static final String COLUMNS = "id, public_id, user_id, credential_id, public_key_cose, sign_count, aaguid, "
            + "transports, name, created_at, last_used_at";

    private final JdbcClient jdbc;

    public JdbcSecurityKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredSecurityKey> keysOf(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM security_keys WHERE user_id = ? ORDER BY id")
                .params(userId)
                .query((rs, row) -> key(rs))
                .list();
    }

    @Override
    public int countOf(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM security_keys WHERE user_id = ?").param(userId).query(Integer.class).single();
    }

    @Override
    public Optional<StoredSecurityKey> byCredentialId(byte[] credentialId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM security_keys WHERE credential_id = ?")
                .params(credentialId)
                .query((rs, row) -> key(rs))
                .optional();
    }

    @Override
    public Optional<byte[]> userHandleOf(long userId) {
        return jdbc.sql("SELECT user_handle FROM webauthn_user_handles WHERE user_id = ?")
                .params(userId)
                .query(byte[].class)
                .optional();
    }

    @Override
    public Optional<String> usernameOfHandle(byte[] userHandle) {
        return jdbc.sql("SELECT u.username FROM webauthn_user_handles h JOIN users u ON u.id = h.user_id"
                        + " WHERE h.user_handle = ?")
                .params(userHandle)
                .query(String.class)
                .optional();
    }

    @Override
    public byte[] userHandle(long userId, byte[] candidate) {
        // Insert unless present, in one statement on both databases; the loser of a race inserts
        // nothing and reads the winner's handle.
        jdbc.sql("""
                INSERT INTO webauthn_user_handles (user_id, user_handle)
                SELECT ?, ? FROM users WHERE id = ?
                  AND NOT EXISTS (SELECT 1 FROM webauthn_user_handles WHERE user_id = ?)""")
                .params(userId, candidate, userId, userId)
                .update();
        return userHandleOf(userId).orElseThrow(() -> new IllegalStateException("No user " + userId));
    }

    @Override
    public boolean add(StoredSecurityKey key) {
        if (byCredentialId(key.credentialId()).isPresent()) {
            return false;
        }
        return jdbc.sql("""
                INSERT INTO security_keys (public_id, user_id, credential_id, public_key_cose, sign_count, aaguid,
                    transports, name, created_at)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? FROM users
                WHERE id = ? AND (SELECT COUNT(*) FROM security_keys WHERE user_id = ?) < ?""")
                .params(key.publicId(), key.userId(), key.credentialId(), key.publicKeyCose(), key.signCount(),
                        key.aaguid(), String.join(",", key.transports()), key.name(), timestamp(key.createdAt()),
                        key.userId(), key.userId(), StoredSecurityKey.MAX_PER_USER)
                .update() == 1;
    }

    @Override
    public UseRecord recordUse(long keyId, long signCount, Instant now, long userId, int failuresSeen) {
        // W3C WebAuthn §7.2 step 21: the counter must move past the stored one unless both are 0.
        int updated = jdbc.sql("""
                UPDATE security_keys SET sign_count = ?, last_used_at = ?
                WHERE id = ? AND user_id = ? AND (sign_count < ? OR (sign_count = 0 AND ? = 0))
                  AND EXISTS (SELECT 1 FROM users WHERE id = ? AND second_factor_failures = ?)""")
                .params(signCount, timestamp(now), keyId, userId, signCount, signCount, userId, failuresSeen)
                .update();
        if (updated == 1) {
            return UseRecord.RECORDED;
        }
        boolean counterBehind = jdbc.sql("SELECT COUNT(*) FROM security_keys WHERE id = ?"
                        + " AND NOT (sign_count < ? OR (sign_count = 0 AND ? = 0))")
                .params(keyId, signCount, signCount)
                .query(Integer.class)
                .single() > 0;
        return counterBehind ? UseRecord.STEP_USED : UseRecord.ATTEMPTS_CHANGED;
    }

    @Override
    public boolean rename(long userId, String publicId, String name) {
        return jdbc.sql("UPDATE security_keys SET name = ? WHERE user_id = ? AND public_id = ?")
                .params(name, userId, publicId)
                .update() == 1;
    }

    @Override
    public boolean delete(long userId, String publicId) {
        return jdbc.sql("DELETE FROM security_keys WHERE user_id = ? AND public_id = ?")
                .params(userId, publicId)
                .update() == 1;
    }

    @Override
    public int deleteAll(long userId) {
        return jdbc.sql("DELETE FROM security_keys WHERE user_id = ?").params(userId).update();
    }

    private static StoredSecurityKey key(ResultSet rs) throws SQLException {
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        OffsetDateTime lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
        String transports = rs.getString("transports");
        Set<String> transportSet = transports == null || transports.isEmpty() ? Set.of()
                : Arrays.stream(transports.split(",")).collect(Collectors.toUnmodifiableSet());
        return new StoredSecurityKey(rs.getLong("id"), rs.getString("public_id"), rs.getLong("user_id"),
                rs.getBytes("credential_id"), rs.getBytes("public_key_cose"), rs.getLong("sign_count"),
                rs.getBytes("aaguid"), transportSet, rs.getString("name"), created.toInstant(),
                lastUsed == null ? null : lastUsed.toInstant());
    }
}
