package org.symbolon.core.email;

import java.time.Duration;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.notify.MailLanguage;
import org.symbolon.core.notify.OutgoingMail;

/** Writes the mail that carries a code; the words and markup are the server's. Pure. */
public interface CodeMailComposer {

    /**
     * @param client where the request that asked for the code came from, shown so that a user who
     *     did not ask can tell
     */
    OutgoingMail compose(UserAccount user, EmailAddress to, String code, EmailCodePurpose purpose, Duration validity,
            ClientInfo client, MailLanguage language);
}
