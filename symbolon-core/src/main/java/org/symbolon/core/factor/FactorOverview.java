package org.symbolon.core.factor;

import java.util.List;

/** What a user has set up: the active authenticator apps and hardware tokens, and how many recovery codes are unused. */
public record FactorOverview(List<StoredTotpCredential> authenticators, List<StoredHotpToken> tokens, int recoveryCodesLeft) {

    public boolean hasSecondFactor() {
        return !authenticators.isEmpty() || !tokens.isEmpty();
    }
}
