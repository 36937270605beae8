package org.symbolon.core.factor;

import java.util.List;

/** What a user has set up: the active authenticators and how many recovery codes are unused. */
public record FactorOverview(List<StoredTotpCredential> authenticators, int recoveryCodesLeft) {

    public boolean hasSecondFactor() {
        return !authenticators.isEmpty();
    }
}
