package org.symbolon.core.notify;

/**
 * The way out to the outgoing mail server. One implementation speaks SMTP; when no mail server is
 * configured there is none at all, and nothing that needs mail is offered.
 */
public interface MailSender {

    /**
     * Hands the mail to the mail server and waits, at most for the configured timeouts, until it
     * accepted or refused it. Accepted means queued there, not delivered to the mailbox.
     *
     * <p>Never throws for a delivery problem (server unreachable, authentication refused, recipient
     * refused): it returns {@link MailOutcome.NotSent} with a reason for the log. That reason names
     * neither the server's password nor anything of the mail but its recipient.
     */
    MailOutcome send(OutgoingMail mail);
}
