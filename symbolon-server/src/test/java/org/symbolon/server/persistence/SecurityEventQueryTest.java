package org.symbolon.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.audit.AuditCursor;
import org.symbolon.core.audit.AuditEntry;
import org.symbolon.core.audit.AuditFilter;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventQuery;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.server.testing.ServerTest;

/**
 * Reading the audit log back on a real database: filters, and keyset pages that neither skip nor
 * repeat events of the same instant. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class SecurityEventQueryTest extends ServerTest {

    static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final AuditFilter EVERYTHING = new AuditFilter(null, Set.of(), null, null);

    @Autowired
    SecurityEventLog log;

    @Autowired
    SecurityEventQuery query;

    void record(SecurityEventType type, Long userId, Instant at) {
        record(type, userId, at, null, null);
    }

    void record(SecurityEventType type, Long userId, Instant at, String actor, String detail) {
        log.record(new SecurityEvent(type, userId, userId == null ? null : "user" + userId, at,
                new ClientInfo("192.0.2.1", "Firefox"), detail, actor));
    }

    @Test
    void anEventReadsBackWithEveryField() {
        log.record(new SecurityEvent(SecurityEventType.TWO_FACTOR_RULE_CHANGED, 7L, "Alice", T,
                new ClientInfo("2001:db8::1", "Mozilla/5.0 (X11; Linux x86_64)"), "EXEMPT", "root"));

        AuditEntry entry = query.newestFirst(EVERYTHING, Optional.empty(), 10).get(0);

        assertThat(entry).usingRecursiveComparison().ignoringFields("id").isEqualTo(new AuditEntry(0,
                SecurityEventType.TWO_FACTOR_RULE_CHANGED, T, 7L, "Alice", "root", "2001:db8::1",
                "Mozilla/5.0 (X11; Linux x86_64)", "EXEMPT"));
        assertThat(entry.marksExemption()).isTrue();
    }

    @Test
    void anEventWithoutAccountOrClientReadsBackWithNulls() {
        log.record(new SecurityEvent(SecurityEventType.SECOND_FACTOR_LOCKED, null, null, T, null, null));

        AuditEntry entry = query.newestFirst(EVERYTHING, Optional.empty(), 10).get(0);

        assertThat(entry.userId()).isNull();
        assertThat(entry.username()).isNull();
        assertThat(entry.clientIp()).isNull();
        assertThat(entry.actor()).isNull();
    }

    @Test
    void pagesInBothDirectionsNeitherSkipNorRepeatEventsOfTheSameInstant() {
        for (int i = 0; i < 23; i++) {
            // Five events per microsecond, written out of time order.
            record(SecurityEventType.SECOND_FACTOR_FAILED, 1L, T.plusNanos(1000L * ((i * 7) % 5)));
        }
        List<AuditEntry> all = query.newestFirst(EVERYTHING, Optional.empty(), 100);
        assertThat(all).hasSize(23).isSortedAccordingTo(
                Comparator.comparing(AuditEntry::occurredAt).thenComparingLong(AuditEntry::id).reversed());

        List<AuditEntry> walkedOlder = new ArrayList<>();
        Optional<AuditCursor> cursor = Optional.empty();
        do {
            List<AuditEntry> page = query.newestFirst(EVERYTHING, cursor, 4);
            walkedOlder.addAll(page);
            cursor = page.isEmpty() ? Optional.empty() : Optional.of(page.get(page.size() - 1).cursor());
        } while (cursor.isPresent());
        assertThat(walkedOlder).containsExactlyElementsOf(all);

        List<AuditEntry> walkedNewer = new ArrayList<>();
        AuditCursor from = new AuditCursor(T.minusSeconds(1), 0);
        List<AuditEntry> page;
        while (!(page = query.oldestFirst(EVERYTHING, from, 4)).isEmpty()) {
            walkedNewer.addAll(0, reversed(page));
            from = page.get(page.size() - 1).cursor();
        }
        assertThat(walkedNewer).containsExactlyElementsOf(all);
    }

    @Test
    void oneMicrosecondApartIsOrderedByTimeNotById() {
        record(SecurityEventType.TOTP_ENROLLED, 1L, T.plusNanos(1000));
        record(SecurityEventType.TOTP_REMOVED, 1L, T);

        assertThat(query.newestFirst(EVERYTHING, Optional.empty(), 10)).extracting(AuditEntry::type)
                .containsExactly(SecurityEventType.TOTP_ENROLLED, SecurityEventType.TOTP_REMOVED);
    }

    @Test
    void filtersByUserTypeAndTimeAloneAndTogether() {
        record(SecurityEventType.TOTP_ENROLLED, 1L, T);
        record(SecurityEventType.SECOND_FACTOR_FAILED, 1L, T.plusSeconds(60));
        record(SecurityEventType.SECOND_FACTOR_FAILED, 2L, T.plusSeconds(120));
        record(SecurityEventType.SECOND_FACTOR_LOCKED, 2L, T.plusSeconds(180));
        record(SecurityEventType.SECOND_FACTOR_FAILED, null, T.plusSeconds(240));

        assertThat(types(new AuditFilter(1L, Set.of(), null, null)))
                .containsExactly("SECOND_FACTOR_FAILED@60", "TOTP_ENROLLED@0");
        assertThat(types(new AuditFilter(null, Set.of(SecurityEventType.SECOND_FACTOR_FAILED), null, null)))
                .containsExactly("SECOND_FACTOR_FAILED@240", "SECOND_FACTOR_FAILED@120", "SECOND_FACTOR_FAILED@60");
        assertThat(types(new AuditFilter(2L, Set.of(SecurityEventType.SECOND_FACTOR_FAILED), null, null)))
                .containsExactly("SECOND_FACTOR_FAILED@120");
        assertThat(types(new AuditFilter(2L, Set.of(SecurityEventType.SECOND_FACTOR_FAILED,
                SecurityEventType.SECOND_FACTOR_LOCKED), null, null)))
                .containsExactly("SECOND_FACTOR_LOCKED@180", "SECOND_FACTOR_FAILED@120");
        assertThat(types(new AuditFilter(null, Set.of(), T.plusSeconds(60), T.plusSeconds(180))))
                .as("from inclusive, until exclusive")
                .containsExactly("SECOND_FACTOR_FAILED@120", "SECOND_FACTOR_FAILED@60");
        assertThat(types(new AuditFilter(null, Set.of(SecurityEventType.SECOND_FACTOR_FAILED,
                SecurityEventType.TOTP_ENROLLED), T, T.plusSeconds(61))))
                .containsExactly("SECOND_FACTOR_FAILED@60", "TOTP_ENROLLED@0");
        assertThat(types(new AuditFilter(3L, Set.of(), null, null))).isEmpty();
    }

    @Test
    void severalTypesPageLikeOne() {
        for (int i = 0; i < 9; i++) {
            SecurityEventType type = List.of(SecurityEventType.TOTP_ENROLLED, SecurityEventType.TOTP_REMOVED,
                    SecurityEventType.RECOVERY_CODE_USED).get(i % 3);
            record(type, 1L, T.plusNanos(1000L * (i / 2)));
        }
        AuditFilter two = new AuditFilter(1L, Set.of(SecurityEventType.TOTP_ENROLLED, SecurityEventType.TOTP_REMOVED),
                null, null);
        List<AuditEntry> all = query.newestFirst(two, Optional.empty(), 100);

        List<AuditEntry> first = query.newestFirst(two, Optional.empty(), 4);
        List<AuditEntry> second = query.newestFirst(two, Optional.of(first.get(3).cursor()), 4);
        List<AuditEntry> backUp = query.oldestFirst(two, second.get(0).cursor(), 4);

        assertThat(all).hasSize(6);
        assertThat(first).containsExactlyElementsOf(all.subList(0, 4));
        assertThat(second).containsExactlyElementsOf(all.subList(4, 6));
        assertThat(backUp).containsExactlyElementsOf(reversed(all.subList(0, 4)));
    }

    private static List<AuditEntry> reversed(List<AuditEntry> entries) {
        List<AuditEntry> copy = new ArrayList<>(entries);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private List<String> types(AuditFilter filter) {
        return query.newestFirst(filter, Optional.empty(), 100).stream()
                .map(entry -> entry.type() + "@" + (entry.occurredAt().getEpochSecond() - T.getEpochSecond()))
                .toList();
    }
}
