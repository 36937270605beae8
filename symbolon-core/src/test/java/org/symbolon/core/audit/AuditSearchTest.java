package org.symbolon.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.symbolon.core.testing.InputProblems.refusalOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.Username;
import org.symbolon.core.testing.InMemorySecurityEvents;
import org.symbolon.core.testing.InMemoryUserStore;

class AuditSearchTest {

    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    private final InMemorySecurityEvents events = new InMemorySecurityEvents();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final AuditSearch search = new AuditSearch(events, users);

    @Test
    void pagesWalkTheLogNewestFirstAndBackWithoutLosingEventsOfTheSameInstant() {
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Three pairs share an instant, so that page borders fall between equal times.
            written.add(events.add(SecurityEventType.SECOND_FACTOR_FAILED, NOON.plusSeconds(i / 2), 1L, null, "ip").id());
        }

        AuditPage first = page(AuditPosition.NEWEST);
        AuditPage second = page(new AuditPosition.OlderThan(first.older().orElseThrow()));
        AuditPage third = page(new AuditPosition.OlderThan(second.older().orElseThrow()));

        assertThat(ids(first)).containsExactly(7L, 6L, 5L);
        assertThat(ids(second)).containsExactly(4L, 3L, 2L);
        assertThat(ids(third)).containsExactly(1L);
        assertThat(first.hasNewer()).isFalse();
        assertThat(third.hasOlder()).isFalse();
        assertThat(third.hasNewer()).isTrue();

        AuditPage backToSecond = page(new AuditPosition.NewerThan(third.newer().orElseThrow()));
        assertThat(ids(backToSecond)).containsExactly(4L, 3L, 2L);
        assertThat(backToSecond.hasNewer()).isTrue();
        AuditPage backToFirst = page(new AuditPosition.NewerThan(backToSecond.newer().orElseThrow()));
        assertThat(ids(backToFirst)).containsExactly(7L, 6L, 5L);
        assertThat(backToFirst.hasNewer()).isFalse();
        assertThat(written).hasSize(7);
    }

    @Test
    void goingNewerEndsOnTheFirstPageAsItIsNowFullEvenAfterNewEvents() {
        for (int i = 0; i < 6; i++) {
            events.add(SecurityEventType.TOTP_ENROLLED, NOON.plusSeconds(i), 1L, null, "ip");
        }
        AuditPage second = page(new AuditPosition.OlderThan(page(AuditPosition.NEWEST).older().orElseThrow()));
        events.add(SecurityEventType.TOTP_REMOVED, NOON.plusSeconds(60), 1L, null, "ip");

        AuditPage newer = page(new AuditPosition.NewerThan(second.newer().orElseThrow()));
        AuditPage newest = page(new AuditPosition.NewerThan(newer.newer().orElseThrow()));

        assertThat(ids(newer)).containsExactly(6L, 5L, 4L);
        assertThat(newer.hasNewer()).isTrue();
        assertThat(ids(newest)).as("three events, not the one above the cursor").containsExactly(7L, 6L, 5L);
        assertThat(newest.hasNewer()).isFalse();
        assertThat(newest.hasOlder()).isTrue();
    }

    @Test
    void anEmptyLogIsOnePageWithoutLinks() {
        AuditPage page = page(AuditPosition.NEWEST);

        assertThat(page.entries()).isEmpty();
        assertThat(page.hasOlder()).isFalse();
        assertThat(page.hasNewer()).isFalse();
    }

    @Test
    void aPageExactlyAsLongAsTheLogHasNoOlderLink() {
        for (int i = 0; i < 3; i++) {
            events.add(SecurityEventType.TOTP_ENROLLED, NOON.plusSeconds(i), 1L, null, "ip");
        }

        assertThat(page(AuditPosition.NEWEST).hasOlder()).isFalse();
    }

    @Test
    void theCriteriaNameAUserByNameRegardlessOfCase() {
        long alice = users.put("alice", Role.USER, AccountState.ACTIVE, "hash").id();
        long bob = users.put("bob", Role.USER, AccountState.ACTIVE, "hash").id();
        events.add(SecurityEventType.TOTP_ENROLLED, NOON, alice, null, "ip");
        events.add(SecurityEventType.TOTP_ENROLLED, NOON, bob, null, "ip");
        events.add(SecurityEventType.TOTP_REMOVED, NOON.plusSeconds(1), alice, null, "ip");

        AuditSearch.Outcome outcome = search.search(new AuditCriteria(Optional.of(new Username("ALICE")),
                Set.of(SecurityEventType.TOTP_ENROLLED), Optional.empty(), Optional.empty()), AuditPosition.NEWEST, 10);

        assertThat(outcome).isInstanceOfSatisfying(AuditSearch.Outcome.Found.class,
                found -> assertThat(found.page().entries()).singleElement()
                        .satisfies(entry -> assertThat(entry.userId()).isEqualTo(alice)));
    }

    @Test
    void aUserWithoutAccountIsUnknownNotAnEmptyPage() {
        AuditSearch.Outcome outcome = search.search(new AuditCriteria(Optional.of(new Username("nobody")), Set.of(),
                Optional.empty(), Optional.empty()), AuditPosition.NEWEST, 10);

        assertThat(outcome).isInstanceOf(AuditSearch.Outcome.UnknownUser.class);
    }

    @Test
    void aUserSeesTheirOwnEventsButNotTheAddressOfTheAdministratorWhoActed() {
        events.add(SecurityEventType.TOTP_ENROLLED, NOON, 1L, null, "192.0.2.1");
        events.add(SecurityEventType.TWO_FACTOR_RESET, NOON.plusSeconds(1), 1L, "root", "198.51.100.7");
        events.add(SecurityEventType.TOTP_ENROLLED, NOON, 2L, null, "203.0.113.5");

        AuditPage own = search.ownEvents(1, AuditPosition.NEWEST, 10);

        assertThat(own.entries()).extracting(AuditEntry::type)
                .containsExactly(SecurityEventType.TWO_FACTOR_RESET, SecurityEventType.TOTP_ENROLLED);
        assertThat(own.entries()).extracting(AuditEntry::clientIp).containsExactly(null, "192.0.2.1");
        assertThat(own.entries().get(0).actor()).isEqualTo("root");
    }

    @Test
    void theLimitIsOneToFiveHundred() {
        for (int limit : new int[] {0, -1, AuditSearch.MAX_LIMIT + 1, Integer.MAX_VALUE}) {
            assertThat(refusalOf(() -> search.ownEvents(1, AuditPosition.NEWEST, limit)).field()).isEqualTo("limit");
            assertThat(refusalOf(() -> search.search(AuditCriteria.everything(), AuditPosition.NEWEST, limit)).field())
                    .isEqualTo("limit");
        }
        assertThat(search.ownEvents(1, AuditPosition.NEWEST, AuditSearch.MAX_LIMIT).entries()).isEmpty();
    }

    @Test
    void anExemptionIsMarkedAndOtherRuleChangesAreNot() {
        AuditEntry exempt = new AuditEntry(1, SecurityEventType.TWO_FACTOR_RULE_CHANGED, NOON, 1L, "a", "root", "", "",
                "EXEMPT");
        AuditEntry required = new AuditEntry(2, SecurityEventType.TWO_FACTOR_RULE_CHANGED, NOON, 1L, "a", "root", "",
                "", "REQUIRED");
        AuditEntry otherType = new AuditEntry(3, SecurityEventType.POLICY_CHANGED, NOON, 1L, "a", "root", "", "",
                "EXEMPT");

        assertThat(exempt.marksExemption()).isTrue();
        assertThat(required.marksExemption()).isFalse();
        assertThat(otherType.marksExemption()).isFalse();
    }

    private AuditPage page(AuditPosition position) {
        return search.ownEvents(1, position, 3);
    }

    private static List<Long> ids(AuditPage page) {
        return page.entries().stream().map(AuditEntry::id).toList();
    }
}
