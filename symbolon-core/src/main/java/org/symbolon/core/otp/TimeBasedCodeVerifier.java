package org.symbolon.core.otp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a typed code against one time-based credential (RFC 6238). It only computes: the replay
 * guard that counts is the server's conditional update of the last used step, one atomic statement,
 * so that two requests racing with the same code cannot both win.
 */
public final class TimeBasedCodeVerifier {

    /**
     * Steps accepted either side at sign-in. RFC 6238 §5.2 recommends at most one step of delay;
     * one step ahead as well covers an authenticator whose clock runs a little fast.
     */
    public static final int SIGN_IN_WINDOW = 1;
    /**
     * Steps accepted either side when a new authenticator is confirmed: five minutes at 30 seconds a
     * step, so that a badly set phone clock is found once and learned as an offset (RFC 6238 §6).
     */
    public static final int ACTIVATION_WINDOW = 10;
    /** Each step in the window is one more code an attacker's guess can hit. */
    public static final int MAX_WINDOW = 20;
    /** The last used step of a credential that has never accepted a code. */
    public static final long NO_STEP_USED = -1;

    /**
     * Checks the steps {@code nowStep + offsetSteps - window} to {@code nowStep + offsetSteps + window}.
     *
     * <p>Every step in the window is computed and compared in constant time, so the time taken does
     * not tell which step, if any, matched. Of several matching steps (two steps can share a code by
     * chance) the one nearest the expected step wins, the later one on a tie.
     *
     * <p>A code that matches a step at or below {@code lastUsedStep} is refused as replayed even if
     * it also matches a later step: RFC 6238 §5.2 forbids accepting the same code twice, and the
     * cost of that rare coincidence is one more step of waiting.
     *
     * @param lastUsedStep the step of the credential's last accepted code, or {@link #NO_STEP_USED}
     * @param offsetSteps the credential's learned clock offset; 0 for a new credential
     * @param window 0 to {@link #MAX_WINDOW}, usually {@link #SIGN_IN_WINDOW} or {@link #ACTIVATION_WINDOW}
     */
    public CodeCheck verify(OtpSecret secret, TotpSettings settings, String typedCode, Instant now,
            long lastUsedStep, int offsetSteps, int window) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(now, "now");
        if (window < 0 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("the window is 0 to " + MAX_WINDOW + " steps");
        }
        if (lastUsedStep < NO_STEP_USED) {
            throw new IllegalArgumentException("the last used step is -1 or a step");
        }
        Optional<String> code = TypedCodes.normalize(typedCode, settings.digits());
        if (code.isEmpty()) {
            return new CodeCheck.Rejected(CodeCheck.Reason.MALFORMED);
        }
        byte[] typed = code.get().getBytes(StandardCharsets.US_ASCII);
        HotpGenerator generator = settings.generator();
        long nowStep = settings.stepAt(now);
        long expectedStep = nowStep + offsetSteps;

        long nearest = -1;
        boolean replayed = false;
        for (int i = 0; i <= 2 * window; i++) {
            long step = expectedStep + nearestFirst(i);
            if (step < 0) {
                // Before 1970, or an offset that points there: no authenticator makes such codes.
                continue;
            }
            byte[] expected = generator.code(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typed)) {
                if (nearest < 0) {
                    nearest = step;
                }
                replayed |= step <= lastUsedStep;
            }
        }
        if (replayed) {
            return new CodeCheck.Rejected(CodeCheck.Reason.REPLAYED);
        }
        if (nearest < 0) {
            return new CodeCheck.Rejected(CodeCheck.Reason.WRONG);
        }
        return new CodeCheck.Accepted(nearest, Math.toIntExact(nearest - nowStep));
    }

    /** 0, +1, -1, +2, -2, ...: the distance from the expected step of the i-th step to try. */
    private static int nearestFirst(int i) {
        int distance = (i + 1) / 2;
        return i % 2 == 1 ? distance : -distance;
    }
}
