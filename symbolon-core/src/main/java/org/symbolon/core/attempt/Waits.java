package org.symbolon.core.attempt;

import java.time.Duration;

/** A wait as people and clients are told it: whole seconds, rounded up, at least one (RFC 9110 §10.2.3). */
public final class Waits {

    private Waits() {
    }

    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
