package org.symbolon.server.notify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The two parts of every mail from the same paragraphs: joined as plain text, and put through the
 * template {@code templates/mail/message.html}, whose {@code th:text} escapes each one, so that a
 * browser name or a display name cannot bring markup into the mail.
 */
final class MailBody {

    private MailBody() {
    }

    static String text(List<String> paragraphs, String footer) {
        // "-- " on a line of its own is the signature separator mail programs know (RFC 3676 §4.3).
        return String.join("\n\n", paragraphs) + "\n\n-- \n" + footer + "\n";
    }

    static String html(ITemplateEngine templates, Locale locale, String subject, List<String> paragraphs, String footer) {
        Context context = new Context(locale, Map.of("lang", locale.getLanguage(), "subject", subject,
                "paragraphs", paragraphs, "footer", footer));
        return templates.process("mail/message", context);
    }
}
