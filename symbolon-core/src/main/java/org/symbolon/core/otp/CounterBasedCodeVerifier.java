package org.symbolon.core.otp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks typed codes against one counter-based credential (RFC 4226). It only computes: the replay
 * guard that counts is the server's conditional update of the stored counter, one atomic statement,
 * so that two requests racing with the same code cannot both win.
 *
 * <p>The stored value is the next counter the token is expected to show. A hardware token counts
 * up on every button press, also when the code is never typed, so the server looks a few values
 * ahead (RFC 4226 §7.4, the look-ahead parameter s). Every value in the window is computed and
 * compared in constant time, so the time taken does not tell which value, if any, matched.
 */
public final class CounterBasedCodeVerifier {

    /** Counter values accepted at sign-in after the stored one: RFC 4226 §7.4's s, kept small (§E.4). */
    public static final int LOOK_AHEAD = 10;
    /**
     * How far a resynchronisation searches (RFC 4226 §7.4): further than the look-ahead, which is
     * safe only because two consecutive codes must match, about a one-in-10^12 chance for a guess.
     */
    public static final int RESYNC_WINDOW = 100;

    /**
     * Checks the counters {@code nextCounter} to {@code nextCounter + window - 1}.
     *
     * <p>A code that matches only {@code nextCounter - 1}, the value spent last, is refused as
     * replayed: a double submit, not a guess at the key, which the caller does not count.
     *
     * @return {@link CodeCheck.Accepted} with the matching counter as its step (the caller stores
     *     step + 1) and offset 0; or a rejection
     */
    public CodeCheck verify(OtpSecret secret, HotpGenerator generator, String typedCode, long nextCounter, int window) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(generator, "generator");
        if (nextCounter < 0 || window < 1 || window > RESYNC_WINDOW) {
            throw new IllegalArgumentException("the counter is not negative and the window 1 to " + RESYNC_WINDOW);
        }
        Optional<String> code = TypedCodes.normalize(typedCode, generator.digits());
        if (code.isEmpty()) {
            return new CodeCheck.Rejected(CodeCheck.Reason.MALFORMED);
        }
        byte[] typed = code.get().getBytes(StandardCharsets.US_ASCII);
        long found = -1;
        for (long counter = nextCounter; counter < nextCounter + window; counter++) {
            if (MessageDigest.isEqual(bytes(generator, secret, counter), typed) && found < 0) {
                found = counter;
            }
        }
        if (found >= 0) {
            return new CodeCheck.Accepted(found, 0);
        }
        boolean replayed = nextCounter > 0 && MessageDigest.isEqual(bytes(generator, secret, nextCounter - 1), typed);
        return new CodeCheck.Rejected(replayed ? CodeCheck.Reason.REPLAYED : CodeCheck.Reason.WRONG);
    }

    /**
     * Resynchronisation (RFC 4226 §7.4): two consecutive codes, the first at a counter from
     * {@code nextCounter} to {@code nextCounter + RESYNC_WINDOW - 1}.
     *
     * @return {@link CodeCheck.Accepted} with the counter of the second code as its step; or
     *     a rejection, MALFORMED when either code is not a code at all
     */
    public CodeCheck resynchronize(OtpSecret secret, HotpGenerator generator, String firstCode, String secondCode,
            long nextCounter) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(generator, "generator");
        if (nextCounter < 0) {
            throw new IllegalArgumentException("an HOTP counter is not negative");
        }
        Optional<String> first = TypedCodes.normalize(firstCode, generator.digits());
        Optional<String> second = TypedCodes.normalize(secondCode, generator.digits());
        if (first.isEmpty() || second.isEmpty()) {
            return new CodeCheck.Rejected(CodeCheck.Reason.MALFORMED);
        }
        byte[] one = first.get().getBytes(StandardCharsets.US_ASCII);
        byte[] two = second.get().getBytes(StandardCharsets.US_ASCII);
        long found = -1;
        byte[] previous = bytes(generator, secret, nextCounter);
        for (long counter = nextCounter; counter < nextCounter + RESYNC_WINDOW; counter++) {
            byte[] next = bytes(generator, secret, counter + 1);
            // Both compared every time: '&' and not '&&', so the time does not depend on the first match.
            boolean pair = MessageDigest.isEqual(previous, one) & MessageDigest.isEqual(next, two);
            if (pair && found < 0) {
                found = counter + 1;
            }
            previous = next;
        }
        return found >= 0 ? new CodeCheck.Accepted(found, 0) : new CodeCheck.Rejected(CodeCheck.Reason.WRONG);
    }

    private static byte[] bytes(HotpGenerator generator, OtpSecret secret, long counter) {
        return generator.code(secret, counter).getBytes(StandardCharsets.US_ASCII);
    }
}
