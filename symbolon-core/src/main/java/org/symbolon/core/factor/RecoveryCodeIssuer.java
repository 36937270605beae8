package org.symbolon.core.factor;

import java.time.Instant;
import java.util.List;
import org.symbolon.core.recovery.RecoveryCodeGenerator;
import org.symbolon.core.recovery.RecoveryCodeHasher;
import org.symbolon.core.recovery.RecoveryCodes;

/**
 * Makes a user's set of recovery codes: they are returned once, to be shown once, and only
 * their keyed hashes are stored. A new set replaces the old one entirely.
 */
public final class RecoveryCodeIssuer {

    private final RecoveryCodeGenerator generator;
    private final RecoveryCodeHasher hasher;
    private final RecoveryCodeStore store;

    public RecoveryCodeIssuer(RecoveryCodeGenerator generator, RecoveryCodeHasher hasher, RecoveryCodeStore store) {
        this.generator = generator;
        this.hasher = hasher;
        this.store = store;
    }

    /** A new set for the user, formatted {@code xxxx-xxxx-xxxx-xxxx}; the previous set stops working. */
    public List<String> issue(long userId, Instant now) {
        List<String> codes = generator.generate();
        store.replaceAll(userId, codes.stream().map(code -> hasher.hash(RecoveryCodes.normalize(code).orElseThrow())).toList(), now);
        return codes;
    }
}
