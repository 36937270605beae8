package org.symbolon.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.symbolon.core.audit.AuditCursor;
import org.symbolon.core.audit.AuditEntry;
import org.symbolon.core.audit.AuditFilter;
import org.symbolon.core.audit.SecurityEventPruning;
import org.symbolon.core.audit.SecurityEventQuery;
import org.symbolon.core.audit.SecurityEventType;

/**
 * The audit log in a list, for unit tests of the core: the reading and pruning contracts done the
 * obvious way (sort everything, filter), which the JDBC versions must match on real databases.
 */
public final class InMemorySecurityEvents implements SecurityEventQuery, SecurityEventPruning {

    private static final Comparator<AuditEntry> LOG_ORDER =
            Comparator.comparing(AuditEntry::occurredAt).thenComparingLong(AuditEntry::id);

    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<Integer> deleteLimits = new ArrayList<>();
    private long nextId = 1;

    public AuditEntry add(SecurityEventType type, Instant at, Long userId, String actor, String ip) {
        AuditEntry entry = new AuditEntry(nextId++, type, at, userId, userId == null ? null : "user" + userId, actor,
                ip, "Browser/1.0", null);
        entries.add(entry);
        return entry;
    }

    public int size() {
        return entries.size();
    }

    /** The limit of each deletion asked for, in order. */
    public List<Integer> deleteLimits() {
        return deleteLimits;
    }

    @Override
    public List<AuditEntry> newestFirst(AuditFilter filter, Optional<AuditCursor> before, int limit) {
        return entries.stream()
                .filter(matching(filter))
                .filter(entry -> before.map(cursor -> LOG_ORDER.compare(entry, at(cursor)) < 0).orElse(true))
                .sorted(LOG_ORDER.reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<AuditEntry> oldestFirst(AuditFilter filter, AuditCursor after, int limit) {
        return entries.stream()
                .filter(matching(filter))
                .filter(entry -> LOG_ORDER.compare(entry, at(after)) > 0)
                .sorted(LOG_ORDER)
                .limit(limit)
                .toList();
    }

    @Override
    public int deleteOccurredBefore(Instant cutoff, int limit) {
        deleteLimits.add(limit);
        List<AuditEntry> due = entries.stream()
                .filter(entry -> entry.occurredAt().isBefore(cutoff))
                .sorted(LOG_ORDER)
                .limit(limit)
                .toList();
        entries.removeAll(due);
        return due.size();
    }

    private static AuditEntry at(AuditCursor cursor) {
        return new AuditEntry(cursor.id(), SecurityEventType.TOTP_ENROLLED, cursor.occurredAt(), null, null, null,
                null, null, null);
    }

    private static Predicate<AuditEntry> matching(AuditFilter filter) {
        return entry -> (filter.userId() == null || filter.userId().equals(entry.userId()))
                && (filter.types().isEmpty() || filter.types().contains(entry.type()))
                && (filter.from() == null || !entry.occurredAt().isBefore(filter.from()))
                && (filter.until() == null || entry.occurredAt().isBefore(filter.until()));
    }
}
