package org.symbolon.bench;

import org.symbolon.core.otp.OtpSecret;
import org.symbolon.core.otp.TotpSettings;

/**
 * A user the driver created, with the key of the authenticator it set up. One thread at a time
 * holds a user: the {@link UserPool} hands it over, which also publishes {@link #lastUsedStep}.
 */
final class BenchUser {

    private final String username;
    private final String password;
    private final OtpSecret secret;
    private final TotpSettings settings;
    private long lastUsedStep;

    BenchUser(String username, String password, OtpSecret secret, TotpSettings settings, long lastUsedStep) {
        this.username = username;
        this.password = password;
        this.secret = secret;
        this.settings = settings;
        this.lastUsedStep = lastUsedStep;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    TotpSettings settings() {
        return settings;
    }

    /** What the user's app shows at that step. */
    String code(long step) {
        return settings.generator().code(secret, step);
    }

    /**
     * The step of the last code sent, accepted or not: the server refuses a code of that step or an
     * earlier one (RFC 6238 §5.2), so the next sign-in must wait for a later step.
     */
    long lastUsedStep() {
        return lastUsedStep;
    }

    void usedStep(long step) {
        lastUsedStep = Math.max(lastUsedStep, step);
    }

    @Override
    public String toString() {
        return username;
    }
}
