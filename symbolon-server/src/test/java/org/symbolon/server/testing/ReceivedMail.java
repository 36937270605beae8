package org.symbolon.server.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;

/**
 * A mail as GreenMail received it, read the way a mail program reads it: the two alternatives of a
 * multipart/alternative, decoded from their transfer encoding and charset.
 *
 * @param contentType of the whole message, e.g. {@code multipart/alternative; boundary=...}
 */
public record ReceivedMail(String to, String from, String subject, String contentType, String textType, String text,
        String htmlType, String html, String autoSubmitted) {

    static ReceivedMail of(MimeMessage message) throws MessagingException, IOException {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        if (parts.getCount() != 2) {
            throw new IllegalStateException("expected 2 parts, got " + parts.getCount());
        }
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        return new ReceivedMail(message.getAllRecipients()[0].toString(), message.getFrom()[0].toString(),
                message.getSubject(), message.getContentType(), text.getContentType(), (String) text.getContent(),
                html.getContentType(), (String) html.getContent(), message.getHeader("Auto-Submitted", ","));
    }

    /** Both parts, for checks that must hold in either. */
    public String whole() {
        return subject + "\n" + text + "\n" + html;
    }
}
