package org.symbolon.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.factor.RecoveryCodeStore;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/** The recovery code store on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class RecoveryCodeStoreTest extends ServerTest {

    private static final Instant ISSUED = Instant.parse("2025-03-01T10:15:30.123456Z");
    private static final Instant SPENT = ISSUED.plusSeconds(3600);

    @Autowired
    AccountAdministration accounts;

    @Autowired
    RecoveryCodeStore store;

    @Autowired
    JdbcClient jdbc;

    long alice;
    long bob;

    @BeforeEach
    void users() {
        alice = TestUsers.user(accounts, "alice").id();
        bob = TestUsers.user(accounts, "bob").id();
    }

    @Test
    void aCodeCanBeSpentOnceAndOnlyByItsOwner() {
        store.replaceAll(alice, hashes("a", 10), ISSUED);

        assertThat(store.spend(bob, "a3", SPENT)).as("bob spending alice's code").isFalse();
        assertThat(store.spend(alice, "a3", SPENT)).isTrue();
        assertThat(store.spend(alice, "a3", SPENT.plusSeconds(1))).as("spent again").isFalse();
        assertThat(store.spend(alice, "unknown", SPENT)).isFalse();

        assertThat(store.countUnused(alice)).isEqualTo(9);
        assertThat(jdbc.sql("SELECT used_at FROM recovery_codes WHERE user_id = ? AND code_hash = 'a3'")
                .param(alice).query(OffsetDateTime.class).single().toInstant()).isEqualTo(SPENT);
    }

    @Test
    void aNewSetMakesTheOldSetWorthless() {
        store.replaceAll(alice, hashes("old", 10), ISSUED);
        store.spend(alice, "old0", SPENT);

        store.replaceAll(alice, hashes("new", 5), SPENT);

        assertThat(store.countUnused(alice)).isEqualTo(5);
        assertThat(store.spend(alice, "old1", SPENT)).isFalse();
        assertThat(store.spend(alice, "new1", SPENT)).isTrue();
        assertThat(store.countUnused(alice)).isEqualTo(4);
    }

    @Test
    void aNewSetLeavesOtherUsersCodesAlone() {
        store.replaceAll(alice, hashes("a", 10), ISSUED);
        store.replaceAll(bob, hashes("a", 10), ISSUED);

        store.replaceAll(alice, hashes("n", 3), SPENT);
        store.deleteAll(alice);

        assertThat(store.countUnused(alice)).isZero();
        assertThat(store.countUnused(bob)).isEqualTo(10);
        assertThat(store.spend(bob, "a0", SPENT)).isTrue();
    }

    @Test
    void aSetWithAHashTwiceIsRefusedWholeAndTheOldSetStays() {
        store.replaceAll(alice, hashes("old", 10), ISSUED);

        assertThatThrownBy(() -> store.replaceAll(alice, List.of("new0", "new1", "new0"), SPENT))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(store.countUnused(alice)).isEqualTo(10);
        assertThat(store.spend(alice, "old4", SPENT)).isTrue();
    }

    @Test
    void fiftyRequestsSpendingTheSameCodeAtOnceSpendItExactlyOnce() throws Exception {
        store.replaceAll(alice, hashes("a", 10), ISSUED);

        assertThat(Race.countWinners(() -> store.spend(alice, "a7", SPENT))).isEqualTo(1);
        assertThat(store.countUnused(alice)).isEqualTo(9);
    }

    @Test
    void newSetsIssuedAtOnceLeaveExactlyOneSet() throws Exception {
        store.replaceAll(alice, hashes("old", 10), ISSUED);
        AtomicInteger round = new AtomicInteger();

        Race.countWinners(() -> {
            store.replaceAll(alice, hashes("set" + round.incrementAndGet() + "-", 10), SPENT);
            return true;
        });

        assertThat(store.countUnused(alice)).isEqualTo(10);
        assertThat(store.spend(alice, "old0", SPENT)).isFalse();
    }

    @Test
    void deletingAUserDeletesTheirCodes() {
        store.replaceAll(alice, hashes("a", 10), ISSUED);
        store.replaceAll(bob, hashes("a", 10), ISSUED);

        jdbc.sql("DELETE FROM users WHERE id = ?").param(alice).update();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_codes WHERE user_id = ?").param(alice)
                .query(Integer.class).single()).isZero();
        assertThat(store.countUnused(bob)).isEqualTo(10);
    }

    /** Stand-ins for keyed hashes: the store treats them as opaque text. */
    private static List<String> hashes(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }
}
