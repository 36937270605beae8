package org.symbolon.core.recovery;

import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Makes a set of single-use recovery codes, shown once to the person and stored only as hashes
 * (see {@link RecoveryCodeHasher}).
 */
public final class RecoveryCodeGenerator {

    public static final int DEFAULT_COUNT = 10;
    public static final int MAX_COUNT = 100;

    private final SecureRandom random;

    public RecoveryCodeGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** {@link #DEFAULT_COUNT} codes. */
    public List<String> generate() {
        return generate(DEFAULT_COUNT);
    }

    /**
     * Distinct codes in the shown form {@code xxxx-xxxx-xxxx-xxxx}; {@link RecoveryCodes#normalize}
     * gives the form to hash. A duplicate within a set is all but impossible at 80 bits, but it
     * would store one hash twice, so it is drawn again.
     */
    public List<String> generate(int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("a set has 1 to " + MAX_COUNT + " recovery codes");
        }
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            codes.add(RecoveryCodes.format(randomCode()));
        }
        return List.copyOf(codes);
    }

    private String randomCode() {
        char[] code = new char[RecoveryCodes.LENGTH];
        for (int i = 0; i < code.length; i++) {
            // nextInt(32) is uniform: 32 is a power of two, so no character is favoured.
            code[i] = RecoveryCodes.ALPHABET.charAt(random.nextInt(RecoveryCodes.ALPHABET.length()));
        }
        return new String(code);
    }
}
