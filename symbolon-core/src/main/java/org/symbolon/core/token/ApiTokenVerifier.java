package org.symbolon.core.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.token.ApiTokenCheck.Reason;

/**
 * Checks the secret that a request presents, in steps: its shape, then one indexed look-up of its
 * keyed hash, then revocation and expiry. The comparison of secrets happens in that look-up, on
 * HMAC values: without the server's key an attacker cannot choose what is compared, so the timing
 * of the index tells them nothing (no constant-time comparison of the secret itself is needed).
 */
public final class ApiTokenVerifier {

    /**
     * How stale the stored time of last use may get. Writing it on every request would turn each
     * read-only call of a busy script into a row lock and a write to the database's log; a list
     * that says "last used" to the minute needs no more than one write a minute per token.
     */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenStore store;
    private final ApiTokenHasher hasher;

    public ApiTokenVerifier(ApiTokenStore store, ApiTokenHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    public ApiTokenCheck check(String presentedSecret, Instant now) {
        if (!ApiTokenSecret.isWellFormed(presentedSecret)) {
            return new ApiTokenCheck.Refused(Reason.MALFORMED, Optional.empty());
        }
        Optional<ApiToken> found = store.findBySecretHash(hasher.hash(presentedSecret));
        if (found.isEmpty()) {
            return new ApiTokenCheck.Refused(Reason.UNKNOWN, Optional.empty());
        }
        ApiToken token = found.get();
        ApiTokenState state = token.state(now);
        if (state != ApiTokenState.ACTIVE) {
            return new ApiTokenCheck.Refused(state == ApiTokenState.REVOKED ? Reason.REVOKED : Reason.EXPIRED, found);
        }
        Instant staleBefore = now.minus(LAST_USE_PRECISION);
        if (token.lastUsed().map(last -> last.isBefore(staleBefore)).orElse(true)) {
            store.recordUse(token.publicId(), now, staleBefore);
        }
        return new ApiTokenCheck.Accepted(token);
    }
}
