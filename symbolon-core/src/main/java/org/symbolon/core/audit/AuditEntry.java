package org.symbolon.core.audit;

import java.time.Instant;

/**
 * One event of the audit log as read back, with its place in the log.
 *
 * @param id the log's serial number, which orders events of the same instant
 * @param userId the account it concerns, or null when none was known
 * @param username the name as it was when the event happened (accounts may be renamed or gone)
 * @param actor who did it when that was not the user (see {@link SecurityEvent#actor()}); null when the user acted
 * @param clientIp empty or null when unknown
 * @param userAgent empty or null when unknown
 * @param detail an internal reason such as REPLAYED or EXEMPT; null or empty when there is none
 */
public record AuditEntry(
        long id, SecurityEventType type, Instant occurredAt, Long userId, String username, String actor,
        String clientIp, String userAgent, String detail) {

    /** The detail with which a changed per-user rule exempts the user from the second factor. */
    public static final String EXEMPT = "EXEMPT";

    public AuditEntry {
        if (type == null || occurredAt == null) {
            throw new IllegalArgumentException("an audit entry needs a type and a time");
        }
    }

    /** Where this entry stands in the log, for the next page's "older than" or "newer than". */
    public AuditCursor cursor() {
        return new AuditCursor(occurredAt, id);
    }

    /**
     * Whether this event exempted a user from the second factor. Administrators must see these at a
     * glance (issue 3/4: exempt users are "shown in red in the audit log"): an exemption is a
     * standing hole in the policy.
     */
    public boolean marksExemption() {
        return type == SecurityEventType.TWO_FACTOR_RULE_CHANGED && EXEMPT.equals(detail);
    }

    /**
     * The entry as shown to the user it concerns. When someone else acted (an administrator, the
     * console, a token), that party's address and browser are theirs, not the user's, and are
     * left out.
     */
    public AuditEntry asSeenByItsUser() {
        if (actor == null) {
            return this;
        }
        return new AuditEntry(id, type, occurredAt, userId, username, actor, null, null, detail);
    }
}
