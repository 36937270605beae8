package org.symbolon.core.setup;

import java.time.Instant;

/** The secret of a set-up link, shown once on the console, and when it stops working. */
public record SetupToken(String secret, Instant expiresAt) {

    @Override
    public String toString() {
        return "SetupToken[expiresAt=" + expiresAt + "]";
    }
}
