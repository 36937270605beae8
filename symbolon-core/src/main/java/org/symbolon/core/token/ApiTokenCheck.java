package org.symbolon.core.token;

import java.util.Optional;

/**
 * The result of checking a presented secret. The reasons of a refusal are for the server's log;
 * the client gets the same answer for each of them (RFC 6750 §3.1, invalid_token).
 */
public sealed interface ApiTokenCheck {

    record Accepted(ApiToken token) implements ApiTokenCheck {
    }

    /** @param token the token the secret belongs to, for the log; empty when it is not one of ours */
    record Refused(Reason reason, Optional<ApiToken> token) implements ApiTokenCheck {
    }

    enum Reason {
        /** Not even the shape of a secret. */
        MALFORMED,
        /** The shape, but no stored token has its hash. */
        UNKNOWN,
        EXPIRED,
        REVOKED
    }
}
