package org.symbolon.core.token;

/** Where a token stands at a given moment. Only an ACTIVE token is accepted. */
public enum ApiTokenState {
    ACTIVE,
    EXPIRED,
    REVOKED
}
