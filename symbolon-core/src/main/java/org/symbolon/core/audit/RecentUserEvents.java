package org.symbolon.core.audit;

import java.util.List;

/**
 * The newest security events of one user, for the administrator's user page. Kept apart from a
 * full audit-log query on purpose: one small read that a richer query can replace later.
 */
public interface RecentUserEvents {

    /** What the user page shows. */
    int PAGE_LIMIT = 10;

    /** The user's newest events, newest first, at most {@code limit}; empty when there are none. Read-only. */
    List<SecurityEvent> newest(long userId, int limit);
}
