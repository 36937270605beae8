package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbolon.core.factor.RecoveryCodeStore;

/** {@link RecoveryCodeStore} on the {@code recovery_codes} table, keyed by (user_id, code_hash). */
@Repository
public class JdbcRecoveryCodeStore implements RecoveryCodeStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public JdbcRecoveryCodeStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * A hash listed twice breaks the primary key: the whole call fails and the old set stays, which
     * is better than a set with fewer codes than were shown.
     */
    @Override
    @Transactional
    public void replaceAll(long userId, List<String> codeHashes, Instant now) {
        // The user's row lock queues two regenerations one behind the other. Without it the second
        // DELETE could run before the first set is committed, miss it, and leave both sets valid.
        jdbc.sql("SELECT id FROM users WHERE id = ? FOR UPDATE").param(userId).query(Long.class).optional();
        jdbc.sql("DELETE FROM recovery_codes WHERE user_id = ?").param(userId).update();
        OffsetDateTime createdAt = timestamp(now);
        batch.batchUpdate("INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES (?, ?, ?)",
                codeHashes.stream().map(hash -> new Object[] {userId, hash, createdAt}).toList());
    }

    @Override
    public boolean spend(long userId, String codeHash, Instant now) {
        // One conditional update: of two requests racing with the same code, the second waits for
        // the first one's row lock, then finds used_at set and changes nothing.
        return jdbc.sql("UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")
                .params(timestamp(now), userId, codeHash)
                .update() == 1;
    }

    @Override
    public int countUnused(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    @Override
    public void deleteAll(long userId) {
        jdbc.sql("DELETE FROM recovery_codes WHERE user_id = ?").param(userId).update();
    }
}
