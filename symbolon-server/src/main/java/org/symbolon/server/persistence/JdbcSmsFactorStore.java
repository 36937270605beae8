package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.SmsFactor;
import org.symbolon.core.sms.SmsFactorStore;

/** {@link SmsFactorStore} on {@code sms_factors}, one row per user at most. */
@Repository
public class JdbcSmsFactorStore implements SmsFactorStore {

    private final JdbcClient jdbc;

    public JdbcSmsFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SmsFactor> find(long userId) {
        return jdbc.sql("SELECT user_id, phone, created_at FROM sms_factors WHERE user_id = ?")
                .param(userId)
                .query((rs, n) -> new SmsFactor(rs.getLong(1), new PhoneNumber(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The primary key decides a race between two confirmations. */
    @Override
    public boolean add(long userId, PhoneNumber phone, Instant now) {
        try {
            return jdbc.sql("INSERT INTO sms_factors (user_id, phone, created_at) SELECT id, ?, ? FROM users WHERE id = ?")
                    .params(phone.e164(), timestamp(now), userId)
                    .update() == 1;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    @Transactional
    public boolean delete(long userId) {
        jdbc.sql("DELETE FROM sms_codes WHERE user_id = ?").param(userId).update();
        return jdbc.sql("DELETE FROM sms_factors WHERE user_id = ?").param(userId).update() == 1;
    }
}
