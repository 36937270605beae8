package org.symbolon.core.audit;

import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param userId the user it concerns, or null when no account is known
 * @param detail an internal reason (e.g. "REPLAYED"), never a code, secret or password
 */
public record SecurityEvent(
        SecurityEventType type, Long userId, String username, Instant occurredAt, ClientInfo client, String detail) {
}
