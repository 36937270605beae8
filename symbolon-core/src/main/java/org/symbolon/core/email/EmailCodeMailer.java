package org.symbolon.core.email;

import java.time.Duration;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.notify.MailLanguage;
import org.symbolon.core.notify.MailLanguageStore;
import org.symbolon.core.notify.MailOutcome;
import org.symbolon.core.notify.MailSender;

/**
 * Mails one code, now and not later: the user is waiting for it, and is told at once when the
 * mail server refused it. Holds whether mail is configured at all.
 */
public final class EmailCodeMailer {

    private final MailSender sender;
    private final boolean mailOn;
    private final CodeMailComposer composer;
    private final MailLanguageStore languages;
    private final MailLanguage defaultLanguage;

    /** @param sender null when no mail server is configured */
    public EmailCodeMailer(MailSender sender, CodeMailComposer composer, MailLanguageStore languages,
            MailLanguage defaultLanguage) {
        this.sender = sender;
        this.mailOn = sender != null;
        this.composer = composer;
        this.languages = languages;
        this.defaultLanguage = defaultLanguage;
    }

    public boolean mailOn() {
        return mailOn;
    }

    /** Sends the mail; the outcome of the mail server, or NotSent when mail is off. */
    public MailOutcome send(UserAccount user, EmailAddress to, String code, EmailCodePurpose purpose, Duration validity,
            ClientInfo client) {
        if (!mailOn) {
            return new MailOutcome.NotSent("mail is off");
        }
        MailLanguage language = languages.find(user.id()).orElse(defaultLanguage);
        return sender.send(composer.compose(user, to, code, purpose, validity, client, language));
    }
}
