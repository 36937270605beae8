package org.symbolon.server.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.symbolon.core.login.PasswordAttemptStore;

/**
 * Forgets, every hour, the names whose last password attempt is a day old: by then the longest
 * wait (15 minutes) is long over, and a row is kept for any name typed, so they would pile up.
 */
@Component
class PasswordAttemptsJob {

    static final Duration KEPT = Duration.ofDays(1);

    private final PasswordAttemptStore attempts;
    private final Clock clock;

    PasswordAttemptsJob(PasswordAttemptStore attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @Scheduled(cron = "0 23 * * * *", zone = "UTC")
    int forgetIdleNames() {
        return attempts.forgetBefore(clock.instant().minus(KEPT));
    }
}
