package org.symbolon.core.email;

import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.oob.OutOfBandCodeCheck;

/** Spends a typed e-mail code; see {@link OutOfBandCodeCheck}. */
public final class EmailCodeCheck extends OutOfBandCodeCheck<EmailAddress> {

    public EmailCodeCheck(EmailCodeStore codes, EmailCodeHasher hasher, int triesPerCode) {
        super(codes, hasher::hash, triesPerCode);
    }
}
