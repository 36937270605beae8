package org.symbolon.core.token;

/** The result of revoking a token. */
public sealed interface ApiTokenRevocation {

    /** This call revoked it. */
    record Revoked(ApiToken token) implements ApiTokenRevocation {
    }

    /** It was revoked before; nothing changed. */
    record AlreadyRevoked(ApiToken token) implements ApiTokenRevocation {
    }

    /** No token has this id. */
    record NotFound() implements ApiTokenRevocation {
    }
}
