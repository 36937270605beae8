package org.symbolon.core.notify;

import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;

/**
 * What a user is told about one security event. It carries what the audit event carries and
 * nothing more: never a code, so a notice cannot leak one.
 *
 * @param client where the request came from; shown when the user acted, since then it is their
 *     own address and browser
 * @param actor the administrator, {@code console} or {@code token:NAME}; null when the user acted
 * @param detail the event's detail, e.g. the new rule (REQUIRED, EXEMPT, POLICY)
 */
public record SecurityNotice(NoticeKind kind, long userId, String username, Instant occurredAt, ClientInfo client,
        String actor, String detail) {

    /** The notice for this event; empty when the event concerns no account or is not one users hear of. */
    public static Optional<SecurityNotice> of(SecurityEvent event) {
        if (event.userId() == null || event.username() == null) {
            return Optional.empty();
        }
        return NoticeKind.of(event.type()).map(kind -> new SecurityNotice(kind, event.userId(), event.username(),
                event.occurredAt(), event.client() == null ? new ClientInfo("", "") : event.client(), event.actor(),
                event.detail() == null ? "" : event.detail()));
    }

    /** Whether the user did it themselves (rather than an administrator, the console or a token). */
    public boolean byTheUser() {
        return actor == null;
    }
}
