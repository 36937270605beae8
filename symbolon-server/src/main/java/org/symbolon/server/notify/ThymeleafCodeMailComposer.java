package org.symbolon.server.notify;

import java.time.Duration;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.email.CodeMailComposer;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.notify.MailLanguage;
import org.symbolon.core.notify.OutgoingMail;
import org.thymeleaf.ITemplateEngine;

/**
 * The mail that carries an e-mail code ({@code mail.code.*} in the message files). The code is in
 * the body only, not the subject, which phones show on a locked screen.
 */
public final class ThymeleafCodeMailComposer implements CodeMailComposer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final String serviceName;
    private final Clock clock;

    public ThymeleafCodeMailComposer(MessageSource messages, ITemplateEngine templates, String serviceName, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.serviceName = serviceName;
        this.clock = clock;
    }

    @Override
    public OutgoingMail compose(UserAccount user, EmailAddress to, String code, EmailCodePurpose purpose,
            Duration validity, ClientInfo client, MailLanguage language) {
        Locale locale = language.locale();
        String subject = message(locale, "mail.code.subject." + purpose, serviceName);
        String unknown = message(locale, "mail.notice.unknown");
        List<String> paragraphs = List.of(
                message(locale, "mail.notice.greeting", user.shownName()),
                message(locale, "mail.code.intro." + purpose, serviceName, user.username().value()),
                code,
                message(locale, "mail.code.validity", validity.toMinutes()),
                message(locale, "mail.code.requested", blankAs(client.ipAddress(), unknown),
                        blankAs(client.userAgent(), unknown), WHEN.format(clock.instant())),
                message(locale, "mail.code.notYou"));
        String footer = message(locale, "mail.notice.footer", serviceName);
        return new OutgoingMail(to, subject, MailBody.text(paragraphs, footer),
                MailBody.html(templates, locale, subject, paragraphs, footer));
    }

    private static String blankAs(String value, String unknown) {
        return value == null || value.isBlank() ? unknown : value;
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
