package org.symbolon.core.email;

import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.account.EmailAddress;

/**
 * Spends a typed e-mail code: a try counted first (at most {@code triesPerCode} per code), then the
 * code compared by its keyed hash and spent, each one conditional write.
 */
public final class EmailCodeCheck {

    private final EmailCodeStore codes;
    private final EmailCodeHasher hasher;
    private final int triesPerCode;

    public EmailCodeCheck(EmailCodeStore codes, EmailCodeHasher hasher, int triesPerCode) {
        this.codes = codes;
        this.hasher = hasher;
        this.triesPerCode = triesPerCode;
    }

    /** The address the code was sent to, when the code was right, unused, unexpired and within its tries. */
    public Optional<EmailAddress> spend(long userId, EmailCodePurpose purpose, String normalizedCode, Instant now) {
        if (!codes.reserveTry(userId, purpose, triesPerCode)) {
            return Optional.empty();
        }
        return codes.spend(userId, purpose, hasher.hash(userId, purpose, normalizedCode), now);
    }
}
