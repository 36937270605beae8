package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.email.EmailFactor;
import org.symbolon.core.email.EmailFactorStore;

/** {@link EmailFactorStore} on {@code email_factors}, one row per user at most. */
@Repository
public class JdbcEmailFactorStore implements EmailFactorStore {

    private final JdbcClient jdbc;

    public JdbcEmailFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EmailFactor> find(long userId) {
        return jdbc.sql("SELECT user_id, address, created_at FROM email_factors WHERE user_id = ?")
                .param(userId)
                .query((rs, n) -> new EmailFactor(rs.getLong(1), new EmailAddress(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The primary key decides a race between two confirmations. */
    @Override
    public boolean add(long userId, EmailAddress address, Instant now) {
        try {
            return jdbc.sql("""
                    INSERT INTO email_factors (user_id, address, created_at)
                    SELECT id, ?, ? FROM users WHERE id = ?""")
                    .params(address.value(), timestamp(now), userId)
                    .update() == 1;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    @Transactional
    public boolean delete(long userId) {
        jdbc.sql("DELETE FROM email_codes WHERE user_id = ?").param(userId).update();
        return jdbc.sql("DELETE FROM email_factors WHERE user_id = ?").param(userId).update() == 1;
    }
}
