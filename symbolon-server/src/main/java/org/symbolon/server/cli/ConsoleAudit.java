package org.symbolon.server.cli;

import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;

/**
 * The security events of the account changes made at the console (create, disable, enable,
 * reset password, set role), with the actor {@code console}. AccountAdministration records none
 * itself; the services of second factors, groups and policy record their own, given the actor.
 */
final class ConsoleAudit {

    private final SecurityEventLog events;
    private final Clock clock;

    private ConsoleAudit(SecurityEventLog events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    static ConsoleAudit of(ApplicationContext context) {
        return new ConsoleAudit(context.getBean(SecurityEventLog.class), context.getBean(Clock.class));
    }

    void record(SecurityEventType type, UserAccount account, String detail) {
        events.record(new SecurityEvent(type, account.id(), account.username().value(), clock.instant(),
                ClientInfo.CONSOLE, detail, SecurityEvent.CONSOLE));
    }
}
