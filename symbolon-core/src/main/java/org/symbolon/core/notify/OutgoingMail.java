package org.symbolon.core.notify;

import org.symbolon.core.account.EmailAddress;

/**
 * One mail to one person, as plain text and as HTML with the same content (sent together as
 * multipart/alternative, RFC 2046 §5.1.4, so that every mail program shows one of them).
 *
 * @param html already escaped: every value in it came through an escaping template
 */
public record OutgoingMail(EmailAddress to, String subject, String text, String html) {

    public OutgoingMail {
        if (to == null || subject == null || text == null || html == null) {
            throw new IllegalArgumentException("a mail needs a recipient, a subject, a text and an HTML part");
        }
        // A line break in the subject would start a new header (header injection, RFC 5322 §2.2).
        if (subject.isBlank() || subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a mail's subject must be one line, not blank");
        }
    }

    /** Leaves the content out, so that a mail printed to a log never carries a code. */
    @Override
    public String toString() {
        return "OutgoingMail[to=" + to + ", subject=" + subject + "]";
    }
}
