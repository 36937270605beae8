package org.symbolon.core.factor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.attempt.AttemptState;

/**
 * Everything the second step needs to decide, read in one query.
 *
 * @param tokens the active hardware tokens (HOTP)
 * @param recoveryCodesLeft how many unused recovery codes the user has
 * @param emailFactor whether the user has an e-mail factor (e-mail codes, 4/4)
 * @param emailLastUsedAt when an e-mailed sign-in code was last used, or null
 * @param smsFactor whether the user has a phone number for SMS codes (6)
 * @param smsLastUsedAt when a texted sign-in code was last used, or null
 * @param securityKeys how many security keys the user has registered
 * @param securityKeyLastUsedAt when one of them was last used, or null
 */
public record SecondStepContext(UserAccount user, AttemptState attempts, List<StoredTotpCredential> authenticators,
        List<StoredHotpToken> tokens, int recoveryCodesLeft, boolean emailFactor, Instant emailLastUsedAt,
        boolean smsFactor, Instant smsLastUsedAt, int securityKeys, Instant securityKeyLastUsedAt) {

    /** A context without SMS codes and security keys. */
    public SecondStepContext(UserAccount user, AttemptState attempts, List<StoredTotpCredential> authenticators,
            List<StoredHotpToken> tokens, int recoveryCodesLeft, boolean emailFactor, Instant emailLastUsedAt) {
        this(user, attempts, authenticators, tokens, recoveryCodesLeft, emailFactor, emailLastUsedAt, false, null, 0, null);
    }

    /** A context with apps, tokens and recovery codes only. */
    public SecondStepContext(UserAccount user, AttemptState attempts, List<StoredTotpCredential> authenticators,
            List<StoredHotpToken> tokens, int recoveryCodesLeft) {
        this(user, attempts, authenticators, tokens, recoveryCodesLeft, false, null);
    }

    /**
     * The methods this user has, of those {@code allowed}, in the order to offer them: the method
     * used last first. The last use is each credential's {@code last_used_at}, which the accepting
     * update writes anyway, so remembering it costs nothing. Recovery codes come last whatever
     * happened: they are a way out, and offering one first would spend them. Bypass codes are
     * never listed.
     */
    public List<SecondFactorMethod> methods(Predicate<SecondFactorMethod> allowed) {
        record Candidate(SecondFactorMethod method, Instant lastUsedAt) {
        }
        List<Candidate> reusable = new ArrayList<>();
        if (securityKeys > 0) {
            reusable.add(new Candidate(SecondFactorMethod.WEBAUTHN,
                    securityKeyLastUsedAt == null ? Instant.MIN : securityKeyLastUsedAt));
        }
        if (!authenticators.isEmpty()) {
            reusable.add(new Candidate(SecondFactorMethod.TOTP, authenticators.stream()
                    .map(StoredTotpCredential::lastUsedAt).filter(at -> at != null).max(Comparator.naturalOrder())
                    .orElse(Instant.MIN)));
        }
        if (!tokens.isEmpty()) {
            reusable.add(new Candidate(SecondFactorMethod.HOTP, tokens.stream()
                    .map(StoredHotpToken::lastUsedAt).filter(at -> at != null).max(Comparator.naturalOrder())
                    .orElse(Instant.MIN)));
        }
        if (emailFactor) {
            reusable.add(new Candidate(SecondFactorMethod.EMAIL, emailLastUsedAt == null ? Instant.MIN : emailLastUsedAt));
        }
        if (smsFactor) {
            reusable.add(new Candidate(SecondFactorMethod.SMS, smsLastUsedAt == null ? Instant.MIN : smsLastUsedAt));
        }
        // Stable: on a tie (never used) the order above stands: key, app, token, e-mail, SMS.
        reusable.sort(Comparator.comparing(Candidate::lastUsedAt).reversed());
        List<SecondFactorMethod> methods = new ArrayList<>();
        reusable.stream().map(Candidate::method).filter(allowed).forEach(methods::add);
        if (recoveryCodesLeft > 0 && allowed.test(SecondFactorMethod.RECOVERY_CODE)) {
            methods.add(SecondFactorMethod.RECOVERY_CODE);
        }
        return List.copyOf(methods);
    }
}
