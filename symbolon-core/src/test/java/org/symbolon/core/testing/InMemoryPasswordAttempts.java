package org.symbolon.core.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.login.PasswordAttemptStore;

/** {@link PasswordAttemptStore} in a map, with the same compare-and-set as the database's. */
public class InMemoryPasswordAttempts implements PasswordAttemptStore {

    private final Map<String, AttemptState> states = new HashMap<>();

    @Override
    public synchronized AttemptState load(String usernameKey) {
        return states.getOrDefault(usernameKey, AttemptState.CLEAR);
    }

    @Override
    public synchronized boolean reserve(String usernameKey, AttemptState seen, Instant now) {
        if (load(usernameKey).consecutiveFailures() != seen.consecutiveFailures()) {
            return false;
        }
        states.put(usernameKey, new AttemptState(seen.consecutiveFailures() + 1, now, false));
        return true;
    }

    @Override
    public synchronized void clear(String usernameKey) {
        states.remove(usernameKey);
    }

    @Override
    public synchronized int forgetBefore(Instant cutoff) {
        int before = states.size();
        states.values().removeIf(state -> state.lastFailureAt().isBefore(cutoff));
        return before - states.size();
    }
}
