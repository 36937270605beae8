package org.symbolon.core.audit;

import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param userId the user it concerns, or null when no account is known
 * @param detail an internal reason (e.g. "REPLAYED"), never a code, secret or password
 * @param actor who did it when that is not the user: an administrator's username, {@link #CONSOLE}
 *     or {@code token:NAME}; null when the user acted
 */
public record SecurityEvent(
        SecurityEventType type, Long userId, String username, Instant occurredAt, ClientInfo client, String detail,
        String actor) {

    /** The actor of every command typed at the server's console. */
    public static final String CONSOLE = "console";

    /** An event caused by the user it concerns. */
    public SecurityEvent(SecurityEventType type, Long userId, String username, Instant occurredAt, ClientInfo client,
            String detail) {
        this(type, userId, username, occurredAt, client, detail, null);
    }
}
