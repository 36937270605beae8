package org.symbolon.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * The users waiting for their next sign-in, each until its app shows a code of a step it has not
 * used yet. The driver only sends the code of the current step, never one of the next step that
 * the window would also take: an accepted code sets the authenticator's learned clock offset
 * (RFC 6238 §6) to where the code was found, and a run of codes from the future would drag it
 * forward. So a user signs in at most once per step, and the pool needs
 * sign-ins per second × step length users to keep all threads busy.
 */
final class UserPool {

    private final DelayQueue<Waiting> waiting = new DelayQueue<>();
    private final Clock clock;

    UserPool(Clock clock) {
        this.clock = clock;
    }

    void giveBack(BenchUser user) {
        long periodMillis = user.settings().periodSeconds() * 1000L;
        waiting.put(new Waiting(user, (user.lastUsedStep() + 1) * periodMillis));
    }

    /** The next user whose code is free, or null when none is before the deadline. */
    BenchUser take(Instant deadline) throws InterruptedException {
        long millis = deadline.toEpochMilli() - clock.millis();
        if (millis <= 0) {
            return null;
        }
        Waiting next = waiting.poll(millis, TimeUnit.MILLISECONDS);
        return next == null ? null : next.user;
    }

    private final class Waiting implements Delayed {

        private final BenchUser user;
        private final long readyAtEpochMillis;

        Waiting(BenchUser user, long readyAtEpochMillis) {
            this.user = user;
            this.readyAtEpochMillis = readyAtEpochMillis;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(readyAtEpochMillis - clock.millis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.MILLISECONDS), other.getDelay(TimeUnit.MILLISECONDS));
        }
    }
}
