package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbolon.core.factor.BypassCodeStore;

/** {@link BypassCodeStore} on {@code bypass_codes}, one row per user at most. */
@Repository
public class JdbcBypassCodeStore implements BypassCodeStore {

    private final JdbcClient jdbc;

    public JdbcBypassCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void replace(long userId, String codeHash, Instant now, Instant expiresAt, String createdBy) {
        delete(userId);
        jdbc.sql("INSERT INTO bypass_codes (user_id, code_hash, created_at, expires_at, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(userId, codeHash, timestamp(now), timestamp(expiresAt), createdBy)
                .update();
    }

    @Override
    public boolean spend(long userId, String codeHash, Instant now) {
        return jdbc.sql("DELETE FROM bypass_codes WHERE user_id = ? AND code_hash = ? AND expires_at > ?")
                .params(userId, codeHash, timestamp(now))
                .update() == 1;
    }

    @Override
    public Optional<Instant> findExpiry(long userId, Instant now) {
        return jdbc.sql("SELECT expires_at FROM bypass_codes WHERE user_id = ? AND expires_at > ?")
                .params(userId, timestamp(now))
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    @Override
    public void delete(long userId) {
        jdbc.sql("DELETE FROM bypass_codes WHERE user_id = ?").param(userId).update();
    }
}
