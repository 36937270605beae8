package org.symbolon.core.audit;

import java.util.List;
import java.util.Optional;

/**
 * One page of the audit log, newest first, with where the neighbouring pages begin. There is no
 * total: counting ten million rows for a page number costs more than the page itself.
 *
 * @param older present when there are older events: ask for {@link AuditPosition.OlderThan} it
 * @param newer present when there are newer events: ask for {@link AuditPosition.NewerThan} it
 */
public record AuditPage(List<AuditEntry> entries, Optional<AuditCursor> older, Optional<AuditCursor> newer) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public boolean hasOlder() {
        return older.isPresent();
    }

    public boolean hasNewer() {
        return newer.isPresent();
    }
}
