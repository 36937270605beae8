package org.symbolon.core.audit;

import java.util.List;
import java.util.Optional;

/**
 * Reads the audit log a page at a time, in the log's order: by time, then by id for events of the
 * same instant. Both methods are read-only, return an empty list when nothing matches, and must
 * be served by an index for every filter, whatever the depth of the cursor: each reads about
 * {@code limit} rows, never the rows before the cursor.
 */
public interface SecurityEventQuery {

    /**
     * Up to {@code limit} events that match the filter and come strictly before the cursor,
     * newest first; without a cursor, the newest events.
     */
    List<AuditEntry> newestFirst(AuditFilter filter, Optional<AuditCursor> before, int limit);

    /**
     * Up to {@code limit} events that match the filter and come strictly after the cursor, oldest
     * first, so that the events nearest the cursor come first.
     */
    List<AuditEntry> oldestFirst(AuditFilter filter, AuditCursor after, int limit);
}
