package org.symbolon.core.oob;

import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.email.EmailCodePurpose;

/**
 * Spends a typed code of one channel: a try counted first (at most {@code triesPerCode} per code),
 * then the code compared by its keyed hash and spent, each one conditional write.
 *
 * @param <A> where codes are sent
 */
public class OutOfBandCodeCheck<A> {

    private final OutOfBandCodeStore<A> codes;
    private final OutOfBandCodeHash hasher;
    private final int triesPerCode;

    public OutOfBandCodeCheck(OutOfBandCodeStore<A> codes, OutOfBandCodeHash hasher, int triesPerCode) {
        this.codes = codes;
        this.hasher = hasher;
        this.triesPerCode = triesPerCode;
    }

    /** Where the code was sent, when the code was right, unused, unexpired and within its tries. */
    public Optional<A> spend(long userId, EmailCodePurpose purpose, String normalizedCode, Instant now) {
        if (!codes.reserveTry(userId, purpose, triesPerCode)) {
            return Optional.empty();
        }
        return codes.spend(userId, purpose, hasher.hash(userId, purpose, normalizedCode), now);
    }
}
