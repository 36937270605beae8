package org.symbolon.core.audit;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which events a page of the audit log holds, as the storage reads it.
 *
 * @param userId only the events of this account; null for every account's
 * @param types only events of these types; empty for every type
 * @param from only events at or after this instant; null for no lower bound
 * @param until only events before this instant; null for no upper bound
 */
public record AuditFilter(Long userId, Set<SecurityEventType> types, Instant from, Instant until) {

    public AuditFilter {
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("an audit filter's range must not be empty");
        }
    }

    /** Every event of one account. */
    public static AuditFilter ofUser(long userId) {
        return new AuditFilter(userId, Set.of(), null, null);
    }
}
