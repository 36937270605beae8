package org.symbolon.server.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.SmsFactor;
import org.symbolon.core.sms.SmsFactorStore;

/** {@link SmsFactorStore} on {@code sms_factors}, one row per user at most. */
@Repository
public class JdbcSmsFactorStore extends JdbcOutOfBandFactors<PhoneNumber, SmsFactor> implements SmsFactorStore {

    public JdbcSmsFactorStore(JdbcClient jdbc) {
        super(jdbc, "sms", "phone", PhoneNumber::e164, PhoneNumber::new, SmsFactor::new);
    }
}
