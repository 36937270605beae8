package org.symbolon.core.email;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How often codes may be mailed to one user: at most one every 30 seconds and five an hour (the
 * hour counted from the first of them). Each mail costs the mail server and fills a mailbox that
 * an attacker who knows the password could otherwise flood; a code is valid for 10 minutes.
 */
public record EmailCodeLimits(Duration spacing, Duration window, int perWindow, Duration validity, int triesPerCode) {

    /**
     * Five tries per code: with a million codes, a guesser's chance per code is 5 in 10^6, and at
     * five codes an hour at most 25 in 10^6 an hour, before the sign-in attempt limit slows it further.
     */
    public static final EmailCodeLimits DEFAULT =
            new EmailCodeLimits(Duration.ofSeconds(30), Duration.ofHours(1), 5, Duration.ofMinutes(10), 5);

    /** Empty when a code may be sent now; otherwise how long to wait. */
    public Optional<Duration> waitBefore(SendHistory history, Instant now) {
        Instant allowedAt = Instant.MIN;
        if (history.lastSentAt() != null) {
            allowedAt = history.lastSentAt().plus(spacing);
        }
        if (inWindow(history, now) && history.sentInWindow() >= perWindow) {
            Instant windowEnds = history.windowStartedAt().plus(window);
            allowedAt = windowEnds.isAfter(allowedAt) ? windowEnds : allowedAt;
        }
        return now.isBefore(allowedAt) ? Optional.of(Duration.between(now, allowedAt)) : Optional.empty();
    }

    /** The history after one more send at {@code now}. */
    public SendHistory afterSend(SendHistory history, Instant now) {
        return inWindow(history, now)
                ? new SendHistory(now, history.windowStartedAt(), history.sentInWindow() + 1, history.version() + 1)
                : new SendHistory(now, now, 1, history.version() + 1);
    }

    private boolean inWindow(SendHistory history, Instant now) {
        return history.windowStartedAt() != null && now.isBefore(history.windowStartedAt().plus(window));
    }
}
