package org.symbolon.core.oob;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.email.EmailCodeLimits;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.email.EmailCodeText;
import org.symbolon.core.email.SendHistory;

/**
 * Makes a new code of one channel within its send limits, and stores it as a keyed hash (replacing
 * any earlier code of the same purpose) before the caller sends it out.
 *
 * @param <A> where codes are sent
 */
public final class OutOfBandCodeIssuer<A> {

    /** What came of a request for a code. */
    public sealed interface Issue {
    }

    /** The code to send; the only place it exists in plain text. */
    public record Issued(String code, Instant issuedAt, Instant expiresAt) implements Issue {

        @Override
        public String toString() {
            return "Issued[expiresAt=" + expiresAt + "]";
        }
    }

    /** Too soon after the last code, or the hour's codes are used up. */
    public record Wait(Duration retryAfter) implements Issue {
    }

    private final OutOfBandCodeStore<A> codes;
    private final OutOfBandCodeHash hasher;
    private final EmailCodeLimits limits;
    private final SecureRandom random;
    private final Clock clock;

    public OutOfBandCodeIssuer(OutOfBandCodeStore<A> codes, OutOfBandCodeHash hasher, EmailCodeLimits limits,
            SecureRandom random, Clock clock) {
        this.codes = codes;
        this.hasher = hasher;
        this.limits = limits;
        this.random = random;
        this.clock = clock;
    }

    public EmailCodeLimits limits() {
        return limits;
    }

    /** A new code of this purpose for {@code to}, unless the send limit says wait. Writes the history and the code. */
    public Issue issue(long userId, A to, EmailCodePurpose purpose) {
        Instant now = clock.instant();
        SendHistory seen = codes.sendHistory(userId);
        Optional<Duration> wait = limits.waitBefore(seen, now);
        if (wait.isPresent()) {
            return new Wait(wait.get());
        }
        if (!codes.recordSend(userId, seen, limits.afterSend(seen, now))) {
            // Another send won the race; the user gets that one's code.
            return new Wait(limits.spacing());
        }
        String code = EmailCodeText.generate(random);
        Instant expiresAt = now.plus(limits.validity());
        codes.replace(userId, purpose, hasher.hash(userId, purpose, code), to, now, expiresAt);
        return new Issued(code, now, expiresAt);
    }
}
