package org.symbolon.core.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symbolon.core.testing.MutableClock;

class AttemptPolicyTest {

    private static final Instant LAST_FAILURE = Instant.parse("2030-01-01T09:00:00Z");
    private static final AttemptPolicy POLICY = AttemptPolicy.DEFAULT;

    private static AttemptState failures(int count) {
        return new AttemptState(count, count == 0 ? null : LAST_FAILURE, false);
    }

    private static AttemptDecision waitSeconds(long seconds) {
        return new AttemptDecision.Wait(Duration.ofSeconds(seconds));
    }

    @Test
    void defaultMakesTheAttemptAfterFiveFailuresWaitOneSecondUpToFifteenMinutesAndLocksAtAHundred() {
        assertThat(POLICY).isEqualTo(new AttemptPolicy(4, Duration.ofSeconds(1), Duration.ofMinutes(15), 100));
    }

    @Test
    void upToFourFailuresCostNoWait() {
        for (int count = 0; count <= 4; count++) {
            assertThat(POLICY.check(failures(count), LAST_FAILURE)).as("%d failures", count)
                    .isEqualTo(new AttemptDecision.Allowed());
        }
    }

    @ParameterizedTest(name = "{0} failures: wait {1} s")
    @CsvSource({
        "5, 1", "6, 2", "7, 4", "8, 8", "9, 16", "10, 32", "11, 64", "12, 128", "13, 256", "14, 512",
        "15, 900", "16, 900", "50, 900", "99, 900"})
    void eachFailureBeyondTheFreeOnesDoublesTheWaitUpToFifteenMinutes(int count, long seconds) {
        assertThat(POLICY.delayAfter(count)).isEqualTo(Duration.ofSeconds(seconds));
        assertThat(POLICY.check(failures(count), LAST_FAILURE)).isEqualTo(waitSeconds(seconds));
    }

    @Test
    void waitCountsFromTheLastFailure() {
        assertThat(POLICY.check(failures(7), LAST_FAILURE.plusSeconds(1))).isEqualTo(waitSeconds(3));
        assertThat(POLICY.check(failures(7), LAST_FAILURE.plusMillis(3_999)))
                .isEqualTo(new AttemptDecision.Wait(Duration.ofMillis(1)));
    }

    @Test
    void attemptIsAllowedExactlyWhenTheWaitHasPassed() {
        assertThat(POLICY.check(failures(5), LAST_FAILURE.plusMillis(999)))
                .isEqualTo(new AttemptDecision.Wait(Duration.ofMillis(1)));
        assertThat(POLICY.check(failures(5), LAST_FAILURE.plusSeconds(1))).isEqualTo(new AttemptDecision.Allowed());
        assertThat(POLICY.check(failures(15), LAST_FAILURE.plusSeconds(899))).isEqualTo(waitSeconds(1));
        assertThat(POLICY.check(failures(15), LAST_FAILURE.plusSeconds(900))).isEqualTo(new AttemptDecision.Allowed());
        assertThat(POLICY.check(failures(99), LAST_FAILURE.plus(Duration.ofDays(1)))).isEqualTo(new AttemptDecision.Allowed());
    }

    @Test
    void hundredFailuresLockTheAccountWhateverTheTime() {
        assertThat(POLICY.check(failures(100), LAST_FAILURE)).isEqualTo(new AttemptDecision.Locked());
        assertThat(POLICY.check(failures(100), LAST_FAILURE.plus(Duration.ofDays(365)))).isEqualTo(new AttemptDecision.Locked());
        assertThat(POLICY.check(failures(Integer.MAX_VALUE), LAST_FAILURE)).isEqualTo(new AttemptDecision.Locked());
    }

    @Test
    void lockedAccountStaysLockedEvenWithoutFailures() {
        assertThat(POLICY.check(new AttemptState(0, null, true), LAST_FAILURE)).isEqualTo(new AttemptDecision.Locked());
    }

    @Test
    void waitIsNeverLongerThanTheDelayWhenAnotherServerClockIsAhead() {
        Instant beforeTheFailure = LAST_FAILURE.minusSeconds(30);

        assertThat(POLICY.check(failures(6), beforeTheFailure)).isEqualTo(waitSeconds(2));
    }

    @Test
    void failureCountsUpStampsTheTimeAndLocksAtTheLimit() {
        Instant now = LAST_FAILURE.plusSeconds(10);

        assertThat(POLICY.afterFailure(AttemptState.CLEAR, now)).isEqualTo(new AttemptState(1, now, false));
        assertThat(POLICY.afterFailure(failures(98), now)).isEqualTo(new AttemptState(99, now, false));
        assertThat(POLICY.afterFailure(failures(99), now)).isEqualTo(new AttemptState(100, now, true));
        assertThat(POLICY.afterFailure(failures(Integer.MAX_VALUE), now).consecutiveFailures())
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void attackerWhoRetriesAsSoonAsAllowedMeetsTheDoublingWaitsThenTheLock() {
        MutableClock clock = new MutableClock(LAST_FAILURE);
        AttemptState state = AttemptState.CLEAR;
        List<Long> waits = new ArrayList<>();
        AttemptDecision decision = POLICY.check(state, clock.instant());
        while (!(decision instanceof AttemptDecision.Locked)) {
            if (decision instanceof AttemptDecision.Wait wait) {
                waits.add(wait.retryAfter().getSeconds());
                clock.advance(wait.retryAfter());
            } else {
                state = POLICY.afterFailure(state, clock.instant());
            }
            decision = POLICY.check(state, clock.instant());
        }

        assertThat(state.consecutiveFailures()).isEqualTo(100);
        assertThat(waits).hasSize(95).startsWith(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L);
        // 1,023 seconds of doubling, then 85 waits of 15 minutes: nearly 21.5 hours for 100 guesses.
        assertThat(waits.stream().mapToLong(Long::longValue).sum()).isEqualTo(1_023 + 85 * 900);
    }

    @Test
    void customPolicyFollowsTheSameRule() {
        AttemptPolicy strict = new AttemptPolicy(0, Duration.ofSeconds(30), Duration.ofHours(1), 10);

        assertThat(strict.check(failures(1), LAST_FAILURE)).isEqualTo(waitSeconds(30));
        assertThat(strict.check(failures(3), LAST_FAILURE)).isEqualTo(waitSeconds(120));
        assertThat(strict.check(failures(9), LAST_FAILURE)).isEqualTo(waitSeconds(3_600));
        assertThat(strict.check(failures(10), LAST_FAILURE)).isEqualTo(new AttemptDecision.Locked());
    }

    @Test
    void inconsistentPoliciesAreRefused() {
        Duration second = Duration.ofSeconds(1);
        Duration minute = Duration.ofMinutes(1);

        assertThatThrownBy(() -> new AttemptPolicy(-1, second, minute, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptPolicy(5, Duration.ZERO, minute, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptPolicy(5, minute, second, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptPolicy(5, second, Duration.ofDays(2), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptPolicy(5, second, minute, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptPolicy(5, null, minute, 10)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void stateWithFailuresButNoTimeOrNegativeFailuresIsRefused() {
        assertThatThrownBy(() -> new AttemptState(1, null, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptState(-1, LAST_FAILURE, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AttemptState(0, LAST_FAILURE, false).consecutiveFailures()).isZero();
    }

    @Test
    void waitMustBePositive() {
        assertThatThrownBy(() -> new AttemptDecision.Wait(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptDecision.Wait(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
