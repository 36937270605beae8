package org.symbolon.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;

/**
 * Records what an administrative request did to an account, in the name of its {@link Actor}: the
 * administrator, or {@code token:NAME} for a request made with an API token.
 */
@Component
public class AdministrativeEvents {

    private final SecurityEventLog events;
    private final Clock clock;

    public AdministrativeEvents(SecurityEventLog events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** @param detail what changed, e.g. the new role; never a password */
    public void record(SecurityEventType type, UserAccount subject, String detail, Actor actor,
            HttpServletRequest request) {
        events.record(new SecurityEvent(type, subject.id(), subject.username().value(), clock.instant(),
                Clients.of(request), detail, actor.auditName()));
    }
}
