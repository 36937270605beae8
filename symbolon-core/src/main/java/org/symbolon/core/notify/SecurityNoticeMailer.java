package org.symbolon.core.notify;

import java.util.Optional;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.account.Username;

/**
 * Sends one notice to the user it concerns: looks the account up as it is now (its address may
 * have changed since the event), picks the language and hands the mail to the {@link MailSender}.
 */
public final class SecurityNoticeMailer {

    private final UserStore users;
    private final MailLanguageStore languages;
    private final MailLanguage defaultLanguage;
    private final NoticeMailComposer composer;
    private final MailSender sender;

    public SecurityNoticeMailer(UserStore users, MailLanguageStore languages, MailLanguage defaultLanguage,
            NoticeMailComposer composer, MailSender sender) {
        this.users = users;
        this.languages = languages;
        this.defaultLanguage = defaultLanguage;
        this.composer = composer;
        this.sender = sender;
    }

    /** Sends the notice; {@link MailOutcome.NoAddress} when the user has no address or is gone. */
    public MailOutcome deliver(SecurityNotice notice) {
        Optional<UserAccount> account = users.findByUsername(new Username(notice.username()))
                .filter(found -> found.id() == notice.userId());
        Optional<EmailAddress> address = account.flatMap(UserAccount::email);
        if (address.isEmpty()) {
            return new MailOutcome.NoAddress();
        }
        MailLanguage language = languages.find(notice.userId()).orElse(defaultLanguage);
        return sender.send(composer.compose(notice, account.get(), address.get(), language));
    }
}
