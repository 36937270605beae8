package org.symbolon.core.factor;

import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
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
    private final BooleanSupplier allowed;

    /** @param allowed whether the policy allows recovery codes now */
    public RecoveryCodeIssuer(RecoveryCodeGenerator generator, RecoveryCodeHasher hasher, RecoveryCodeStore store,
            BooleanSupplier allowed) {
        this.generator = generator;
        this.hasher = hasher;
        this.store = store;
        this.allowed = allowed;
    }

    /**
     * A new set for the user, formatted {@code xxxx-xxxx-xxxx-xxxx}; the previous set stops
     * working. Empty, and the previous set deleted, while the policy does not allow recovery codes.
     */
    public List<String> issue(long userId, Instant now) {
        if (!allowed.getAsBoolean()) {
            store.deleteAll(userId);
            return List.of();
        }
        List<String> codes = generator.generate();
        store.replaceAll(userId, codes.stream().map(code -> hasher.hash(RecoveryCodes.normalize(code).orElseThrow())).toList(), now);
        return codes;
    }
}
