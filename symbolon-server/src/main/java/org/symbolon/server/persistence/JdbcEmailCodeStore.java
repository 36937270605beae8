package org.symbolon.server.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.email.EmailCodeStore;

/** {@link EmailCodeStore} on {@code email_codes} and the send-limit columns of {@code users} (V7__email.sql). */
@Repository
public class JdbcEmailCodeStore extends JdbcOutOfBandCodes<EmailAddress> implements EmailCodeStore {

    public JdbcEmailCodeStore(JdbcClient jdbc) {
        super(jdbc, "email", EmailAddress::value, EmailAddress::new);
    }
}
