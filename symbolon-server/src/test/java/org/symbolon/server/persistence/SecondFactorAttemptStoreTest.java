package org.symbolon.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.factor.SecondFactorAttemptStore;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/** The second-factor failure counter on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class SecondFactorAttemptStoreTest extends ServerTest {

    private static final Instant FIRST = Instant.parse("2025-03-01T10:15:30.123456Z");
    private static final Instant SECOND = FIRST.plusSeconds(7);

    @Autowired
    AccountAdministration accounts;

    @Autowired
    SecondFactorAttemptStore store;

    long alice;
    long bob;

    @BeforeEach
    void users() {
        alice = TestUsers.user(accounts, "alice").id();
        bob = TestUsers.user(accounts, "bob").id();
    }

    @Test
    void aNewAccountAndAnUnknownOneAreClear() {
        assertThat(store.load(alice)).isEqualTo(AttemptState.CLEAR);
        assertThat(store.load(Long.MAX_VALUE)).isEqualTo(AttemptState.CLEAR);
    }

    @Test
    void aReservedAttemptIsReadBackAsAFailureOfThatAccountOnly() {
        assertThat(store.reserve(alice, AttemptState.CLEAR, FIRST)).isTrue();
        assertThat(store.load(alice)).isEqualTo(new AttemptState(1, FIRST, false));

        assertThat(store.reserve(alice, store.load(alice), SECOND)).isTrue();
        assertThat(store.load(alice)).isEqualTo(new AttemptState(2, SECOND, false));
        assertThat(store.load(bob)).isEqualTo(AttemptState.CLEAR);
    }

    @Test
    void aReservationOnACountThatMovedIsRefusedAndChangesNothing() {
        store.reserve(alice, AttemptState.CLEAR, FIRST);

        assertThat(store.reserve(alice, AttemptState.CLEAR, SECOND)).isFalse();
        assertThat(store.load(alice)).isEqualTo(new AttemptState(1, FIRST, false));
    }

    @Test
    void fiftyGuessesSentAtOnceReserveExactlyOneAttempt() throws Exception {
        store.reserve(alice, AttemptState.CLEAR, FIRST);
        AttemptState seen = store.load(alice);

        assertThat(Race.countWinners(() -> store.reserve(alice, seen, SECOND))).isEqualTo(1);
        assertThat(store.load(alice)).isEqualTo(new AttemptState(2, SECOND, false));
    }

    @Test
    void aLockStaysThroughFurtherAttemptsUntilCleared() {
        store.reserve(alice, AttemptState.CLEAR, FIRST);
        store.lock(alice);
        assertThat(store.load(alice)).isEqualTo(new AttemptState(1, FIRST, true));

        store.reserve(alice, store.load(alice), SECOND);
        assertThat(store.load(alice)).isEqualTo(new AttemptState(2, SECOND, true));
        assertThat(store.load(bob).locked()).isFalse();
    }

    @Test
    void clearForgetsTheFailuresAndTheLockOfThatAccountOnly() {
        store.reserve(alice, AttemptState.CLEAR, FIRST);
        store.lock(alice);
        store.reserve(bob, AttemptState.CLEAR, FIRST);

        store.clear(alice);

        assertThat(store.load(alice)).isEqualTo(AttemptState.CLEAR);
        assertThat(store.load(bob)).isEqualTo(new AttemptState(1, FIRST, false));
    }

    @Test
    void anUnknownAccountCannotBeReserved() {
        assertThat(store.reserve(Long.MAX_VALUE, AttemptState.CLEAR, FIRST)).isFalse();
        store.lock(Long.MAX_VALUE);
        store.clear(Long.MAX_VALUE);

        assertThat(store.load(alice)).isEqualTo(AttemptState.CLEAR);
    }
}
