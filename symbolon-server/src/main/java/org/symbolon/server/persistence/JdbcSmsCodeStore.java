package org.symbolon.server.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.SmsCodeStore;

/** {@link SmsCodeStore} on {@code sms_codes} and the send-limit columns of {@code users} (V9__sms.sql). */
@Repository
public class JdbcSmsCodeStore extends JdbcOutOfBandCodes<PhoneNumber> implements SmsCodeStore {

    public JdbcSmsCodeStore(JdbcClient jdbc) {
        super(jdbc, "sms", PhoneNumber::e164, PhoneNumber::new);
    }
}
