package org.symbolon.server.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.symbolon.core.notify.MailOutcome;
import org.symbolon.core.notify.MailSender;
import org.symbolon.core.notify.OutgoingMail;

/**
 * {@link MailSender} over SMTP with Jakarta Mail, through Spring's {@link JavaMailSender} (which
 * holds the server, the security and the timeouts; see {@code MailConfiguration}).
 */
public final class JakartaMailSender implements MailSender {

    private static final int REASON_LENGTH = 400;

    private final JavaMailSender mail;
    private final InternetAddress from;
    private final Clock clock;

    public JakartaMailSender(JavaMailSender mail, String fromAddress, String senderName, Clock clock) {
        this.mail = mail;
        this.clock = clock;
        try {
            this.from = new InternetAddress(fromAddress, senderName, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public MailOutcome send(OutgoingMail outgoing) {
        try {
            mail.send(message(outgoing));
            return new MailOutcome.Sent();
        } catch (MailException | MessagingException failure) {
            return new MailOutcome.NotSent(reason(failure));
        }
    }

    /** Plain text first, HTML last: a mail program shows the last part it can (RFC 2046 §5.1.4). */
    private MimeMessage message(OutgoingMail outgoing) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(outgoing.to().value(), true));
        message.setSubject(outgoing.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        // Automatic mail: out-of-office replies and the like should not answer it (RFC 3834 §5).
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(outgoing.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(outgoing.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }

    /**
     * The failure and its causes by class and message, for the log. Jakarta Mail's messages hold
     * the server's replies and addresses, never the password nor the mail's body.
     */
    static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause = failure; cause != null && reason.length() < REASON_LENGTH; cause = cause.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(" <- ");
            }
            reason.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                reason.append(": ").append(cause.getMessage().replaceAll("\\s+", " "));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return reason.length() <= REASON_LENGTH ? reason.toString() : reason.substring(0, REASON_LENGTH);
    }
}
