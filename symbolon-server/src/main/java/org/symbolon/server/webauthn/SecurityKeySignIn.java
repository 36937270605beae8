package org.symbolon.server.webauthn;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import java.util.Optional;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.factor.SecondFactorOutcome;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.factor.SecurityKeyVerification;
import org.symbolon.core.text.InputProblem;

/** The second step with a security key, for the sign-in page and the API alike. */
@Component
public class SecurityKeySignIn {

    private final SecurityKeyRelyingParty relyingParty;
    private final SecurityKeyVerification verification;
    private final SecondStepStore contexts;

    SecurityKeySignIn(SecurityKeyRelyingParty relyingParty, SecurityKeyVerification verification,
            SecondStepStore contexts) {
        this.relyingParty = relyingParty;
        this.verification = verification;
        this.contexts = contexts;
    }

    /**
     * Starts an assertion for the user who passed the password step: the options, as JSON
     * {@code {"publicKey": …}}, or empty when the user has no active account or no key. Writes
     * the pending request into the session.
     */
    public Optional<String> start(long userId, HttpSession session) {
        return contexts.load(userId)
                .filter(context -> context.user().isActive() && context.securityKeys() > 0)
                .map(context -> relyingParty.startAssertion(context.user(), session));
    }

    /** Checks the key's answer to the pending assertion, under the shared attempt limit. */
    public SecondFactorOutcome verify(long userId, String credentialJson, HttpSession session, ClientInfo client) {
        if (credentialJson.length() > 64 * 1024) {
            throw new InputProblem("credential", InputProblem.Reason.TOO_LONG, 64 * 1024);
        }
        return verification.verify(userId,
                context -> relyingParty.finishAssertion(context.user(), credentialJson, session), client);
    }
}
