package org.symbolon.core.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Throttling of second-factor attempts by consecutive failures per account. A few failures are
 * free (typos, a code that expired while typed); after them each failure doubles the wait, up to a
 * cap; and after {@code lockAfter} failures the account locks. NIST SP 800-63B (rev. 3) §5.2.2 allows at
 * most 100 consecutive failures; RFC 4226 §7.3 asks for a growing delay like this one.
 *
 * @param freeFailures failures that cost no wait
 * @param firstDelay the wait after the first failure beyond the free ones
 * @param maxDelay the longest wait, at most one day
 * @param lockAfter failures after which the account is locked
 */
public record AttemptPolicy(int freeFailures, Duration firstDelay, Duration maxDelay, int lockAfter) {

    /** Keeps the doubling far from overflowing a Duration. Declared before DEFAULT, which needs it. */
    private static final Duration LONGEST_DELAY = Duration.ofDays(1);

    /**
     * Four failures cost nothing; after the fifth in a row the next attempt waits 1 s, after the
     * sixth 2 s, and so on up to 15 minutes; the hundredth locks.
     */
    public static final AttemptPolicy DEFAULT =
            new AttemptPolicy(4, Duration.ofSeconds(1), Duration.ofMinutes(15), 100);

    public AttemptPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (freeFailures < 0) {
            throw new IllegalArgumentException("free failures are not negative");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0
                || maxDelay.compareTo(LONGEST_DELAY) > 0) {
            throw new IllegalArgumentException("0 < first delay <= max delay <= 1 day");
        }
        if (lockAfter <= freeFailures) {
            throw new IllegalArgumentException("the lock comes after the free failures");
        }
    }

    /**
     * Whether the account may try now. The wait counts from the last failure, and is never longer
     * than the delay itself, so that a server whose clock lags another's does not wait longer.
     */
    public AttemptDecision check(AttemptState state, Instant now) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(now, "now");
        int failures = state.consecutiveFailures();
        if (state.locked() || failures >= lockAfter) {
            return new AttemptDecision.Locked();
        }
        if (failures <= freeFailures) {
            return new AttemptDecision.Allowed();
        }
        Duration delay = delayAfter(failures);
        Duration remaining = Duration.between(now, state.lastFailureAt().plus(delay));
        if (remaining.isNegative() || remaining.isZero()) {
            return new AttemptDecision.Allowed();
        }
        return new AttemptDecision.Wait(remaining.compareTo(delay) > 0 ? delay : remaining);
    }

    /**
     * The wait that {@code failures} consecutive failures impose: none up to the free ones, then
     * {@code firstDelay * 2^(failures - freeFailures - 1)}, capped at {@code maxDelay}.
     */
    public Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay;
        for (int doubling = failures - freeFailures - 1; doubling > 0 && delay.compareTo(maxDelay) < 0; doubling--) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * The state after one more failure at {@code now}, locked once it reaches {@code lockAfter}. The
     * server may do the same in one SQL update; this is the rule that update must follow.
     */
    public AttemptState afterFailure(AttemptState state, Instant now) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(now, "now");
        int failures = state.consecutiveFailures() == Integer.MAX_VALUE
                ? Integer.MAX_VALUE
                : state.consecutiveFailures() + 1;
        return new AttemptState(failures, now, state.locked() || failures >= lockAfter);
    }
}
