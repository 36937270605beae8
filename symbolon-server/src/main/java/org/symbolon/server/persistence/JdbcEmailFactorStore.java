package org.symbolon.server.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.email.EmailFactor;
import org.symbolon.core.email.EmailFactorStore;

/** {@link EmailFactorStore} on {@code email_factors}, one row per user at most. */
@Repository
public class JdbcEmailFactorStore extends JdbcOutOfBandFactors<EmailAddress, EmailFactor> implements EmailFactorStore {

    public JdbcEmailFactorStore(JdbcClient jdbc) {
        super(jdbc, "email", "address", EmailAddress::value, EmailAddress::new, EmailFactor::new);
    }
}
