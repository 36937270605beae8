package org.symbolon.core.notify;

import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.UserAccount;

/** Writes the mail of a notice: the words, both languages and the markup are the server's. */
public interface NoticeMailComposer {

    /** The mail to {@code to}; pure, no side effects. Every value from the notice is escaped in the HTML part. */
    OutgoingMail compose(SecurityNotice notice, UserAccount recipient, EmailAddress to, MailLanguage language);
}
