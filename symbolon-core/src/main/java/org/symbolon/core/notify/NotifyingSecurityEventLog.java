package org.symbolon.core.notify;

import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;

/**
 * The audit log that also tells users of the events that concern them. Every security event
 * passes through the log, so hooking in here covers the web, the API and the console at once,
 * and a new caller cannot forget the mail.
 */
public final class NotifyingSecurityEventLog implements SecurityEventLog {

    private final SecurityEventLog log;
    private final SecurityNoticeOutbox outbox;

    public NotifyingSecurityEventLog(SecurityEventLog log, SecurityNoticeOutbox outbox) {
        this.log = log;
        this.outbox = outbox;
    }

    /** Records the event first: a notice is only posted for an event that is in the log. */
    @Override
    public void record(SecurityEvent event) {
        log.record(event);
        SecurityNotice.of(event).ifPresent(outbox::post);
    }
}
