package org.symbolon.server.notify;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.notify.MailLanguage;
import org.symbolon.core.notify.NoticeKind;
import org.symbolon.core.notify.NoticeMailComposer;
import org.symbolon.core.notify.OutgoingMail;
import org.symbolon.core.notify.SecurityNotice;
import org.symbolon.core.policy.TwoFactorRule;
import org.thymeleaf.ITemplateEngine;

/**
 * The notice mails, from the pages' message files ({@code mail.notice.*}) in the user's language,
 * both parts from the same paragraphs ({@link MailBody}).
 */
public final class ThymeleafNoticeMailComposer implements NoticeMailComposer {

    /** UTC and a fixed form: the reader may be anywhere, and the audit log shows UTC too. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final String serviceName;

    public ThymeleafNoticeMailComposer(MessageSource messages, ITemplateEngine templates, String serviceName) {
        this.messages = messages;
        this.templates = templates;
        this.serviceName = serviceName;
    }

    @Override
    public OutgoingMail compose(SecurityNotice notice, UserAccount recipient, EmailAddress to, MailLanguage language) {
        Locale locale = language.locale();
        String subject = message(locale, "mail.notice.subject." + notice.kind(), serviceName);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(message(locale, "mail.notice.greeting", recipient.shownName()));
        paragraphs.add(message(locale, what(notice), recipient.username().value()));
        paragraphs.add(message(locale, "mail.notice.when", WHEN.format(notice.occurredAt())));
        if (notice.byTheUser()) {
            paragraphs.add(message(locale, "mail.notice.from", known(locale, notice.client().ipAddress()),
                    known(locale, notice.client().userAgent())));
            paragraphs.add(message(locale, "mail.notice.notYou"));
        } else {
            paragraphs.add(message(locale, "mail.notice.byAdministrator"));
        }
        String footer = message(locale, "mail.notice.footer", serviceName);
        return new OutgoingMail(to, subject, MailBody.text(paragraphs, footer),
                MailBody.html(templates, locale, subject, paragraphs, footer));
    }

    /** The rule change says which rule applies now; the detail is the new rule's name. */
    private static String what(SecurityNotice notice) {
        String key = "mail.notice.what." + notice.kind();
        if (notice.kind() == NoticeKind.REQUIREMENT_CHANGED) {
            for (TwoFactorRule rule : TwoFactorRule.values()) {
                if (rule.name().equals(notice.detail())) {
                    return key + "." + rule.name();
                }
            }
        }
        return key;
    }

    private String known(Locale locale, String value) {
        return value == null || value.isBlank() ? message(locale, "mail.notice.unknown") : value;
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
