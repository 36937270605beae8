package org.symbolon.core.factor;

import java.util.List;

/**
 * What a user has set up: the active authenticator apps and hardware tokens, how many recovery
 * codes are unused, and how many security keys are registered.
 */
public record FactorOverview(List<StoredTotpCredential> authenticators, List<StoredHotpToken> tokens, int recoveryCodesLeft,
        int securityKeys) {

    public FactorOverview(List<StoredTotpCredential> authenticators, List<StoredHotpToken> tokens, int recoveryCodesLeft) {
        this(authenticators, tokens, recoveryCodesLeft, 0);
    }

    public boolean hasSecondFactor() {
        return !authenticators.isEmpty() || !tokens.isEmpty() || securityKeys > 0;
    }
}
