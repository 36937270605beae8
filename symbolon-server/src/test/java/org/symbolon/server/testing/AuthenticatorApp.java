package org.symbolon.server.testing;

import java.time.Duration;
import java.time.Instant;

/**
 * An authenticator app as a person uses one, its codes made by {@link Oathtool}: each code it gives
 * is for a later time step than the one before, because the server accepts a step once and never an
 * earlier one (RFC 6238 §5.2). It follows the clock offset the server learns from each accepted code
 * (RFC 6238 §6), so a test that signs in several times, or crosses a 30-second border between making
 * a code and sending it, still sends a code that lies in the server's window of one step.
 *
 * <p>Codes computed from {@code Instant.now()} alone are not enough: a code made at the end of a step
 * and checked at the start of the next one teaches the server an offset of -1, after which
 * "now + 30 seconds" lies two steps ahead of what the server expects.
 */
public final class AuthenticatorApp {

    private static final long PERIOD_SECONDS = 30;

    private final String key;
    private long offsetSteps;
    private long lastStep = -1;

    /** An app on a phone whose clock is right. */
    public AuthenticatorApp(String base32Key) {
        this(base32Key, Duration.ZERO);
    }

    /** An app on a phone whose clock is off by {@code phoneClockSkew} (negative: behind). */
    public AuthenticatorApp(String base32Key, Duration phoneClockSkew) {
        this.key = base32Key;
        this.offsetSteps = Math.floorDiv(phoneClockSkew.toSeconds(), PERIOD_SECONDS);
    }

    public String key() {
        return key;
    }

    /** The code the app shows now, or the next one if this step's code was taken already. */
    public synchronized String nextCode() {
        long nowStep = Instant.now().getEpochSecond() / PERIOD_SECONDS;
        long step = Math.max(lastStep + 1, nowStep + offsetSteps);
        offsetSteps = step - nowStep;
        lastStep = step;
        return Oathtool.totp(key, Instant.ofEpochSecond(step * PERIOD_SECONDS));
    }

    /**
     * The code that {@link #nextCode()} would give now, without taking it: the same on each call
     * within a time step, for a test that sends one right code among many wrong requests.
     */
    public synchronized String upcomingCode() {
        long nowStep = Instant.now().getEpochSecond() / PERIOD_SECONDS;
        return Oathtool.totp(key, Instant.ofEpochSecond(Math.max(lastStep + 1, nowStep + offsetSteps) * PERIOD_SECONDS));
    }

    /**
     * A code the server must refuse as spent: the last one given ({@code stepsBefore} 0) or one of
     * an earlier step.
     */
    public synchronized String spentCode(int stepsBefore) {
        if (lastStep < 0) {
            throw new IllegalStateException("no code given yet");
        }
        return Oathtool.totp(key, Instant.ofEpochSecond((lastStep - stepsBefore) * PERIOD_SECONDS));
    }
}
