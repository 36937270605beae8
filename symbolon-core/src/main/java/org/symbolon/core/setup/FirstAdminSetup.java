package org.symbolon.core.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one-time link that lets a person create the first administrator of an empty instance. Only
 * the hash of the secret is kept, in memory of the process that printed the link: whoever can read
 * that console owns the instance anyway.
 */
public final class FirstAdminSetup {

    public static final Duration VALIDITY = Duration.ofMinutes(30);
    private static final int SECRET_BYTES = 32;

    private record Pending(byte[] secretHash, Instant expiresAt) {
    }

    private final Clock clock;
    private final SecureRandom random;
    private final AtomicReference<Pending> pending = new AtomicReference<>();

    public FirstAdminSetup(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /** Makes a new token; any earlier one stops working. */
    public SetupToken issue() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(VALIDITY);
        pending.set(new Pending(sha256(secret), expiresAt));
        return new SetupToken(secret, expiresAt);
    }

    /** Whether the secret is the current one and has not expired. */
    public boolean isValid(String secret) {
        Pending current = pending.get();
        return current != null && matches(current, secret);
    }

    /**
     * Ends the token once the first administrator exists. The database, not this token, decides
     * which of two racing set-ups wins (see {@code UserStore#createFirst}).
     */
    public void spend() {
        pending.set(null);
    }

    private boolean matches(Pending current, String secret) {
        if (secret == null || secret.length() > 100 || !clock.instant().isBefore(current.expiresAt())) {
            return false;
        }
        return MessageDigest.isEqual(current.secretHash(), sha256(secret));
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
