package org.symbolon.core.notify;

/** What became of a mail handed to {@link MailSender}. */
public sealed interface MailOutcome {

    /** The mail server accepted the mail. */
    record Sent() implements MailOutcome {
    }

    /**
     * The mail was not sent.
     *
     * @param reason for the log only, never shown to the user; holds no secret and no mail content
     */
    record NotSent(String reason) implements MailOutcome {
    }

    /** Nothing was sent because the user has no e-mail address (or no longer exists). */
    record NoAddress() implements MailOutcome {
    }
}
