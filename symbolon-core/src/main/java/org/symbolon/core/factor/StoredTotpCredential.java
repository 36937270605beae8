package org.symbolon.core.factor;

import java.time.Instant;
import org.symbolon.core.otp.TotpSettings;

/**
 * An authenticator app's credential as stored: its key only in sealed (encrypted) form.
 *
 * @param publicId the identifier shown to clients; unguessable, so ids cannot be enumerated
 * @param lastUsedStep the last time step accepted, or -1; no step up to it is accepted again
 * @param offsetSteps the clock offset of the user's device learned at the last accepted code
 * @param expiresAt when a pending credential stops being activatable; null once active
 */
public record StoredTotpCredential(
        long id,
        String publicId,
        long userId,
        String name,
        byte[] sealedSecret,
        TotpSettings settings,
        CredentialState state,
        int offsetSteps,
        long lastUsedStep,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt) {

    @Override
    public String toString() {
        return "StoredTotpCredential[" + publicId + ", user " + userId + ", " + state + "]";
    }
}
