package org.symbolon.core.factor;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.attempt.AttemptDecision;
import org.symbolon.core.attempt.AttemptPolicy;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.otp.CodeCheck;
import org.symbolon.core.otp.TimeBasedCodeVerifier;
import org.symbolon.core.recovery.RecoveryCodeHasher;
import org.symbolon.core.recovery.RecoveryCodes;

/**
 * The second step of signing in, after a correct password. One attempt limit covers every
 * method: consecutive failures per account, stored in the database (NIST SP 800-63B-4 §3.2.2).
 */
public final class SecondFactorVerification {

    private final TotpCredentialStore credentials;
    private final RecoveryCodeStore recoveryCodes;
    private final SecondFactorAttemptStore attempts;
    private final TotpSecrets secrets;
    private final RecoveryCodeHasher codeHasher;
    private final SecurityEventLog events;
    private final AttemptPolicy policy;
    private final TimeBasedCodeVerifier verifier = new TimeBasedCodeVerifier();
    private final int window;
    private final Clock clock;

    public SecondFactorVerification(TotpCredentialStore credentials, RecoveryCodeStore recoveryCodes,
            SecondFactorAttemptStore attempts, TotpSecrets secrets, RecoveryCodeHasher codeHasher,
            SecurityEventLog events, AttemptPolicy policy, int window, Clock clock) {
        this.credentials = credentials;
        this.recoveryCodes = recoveryCodes;
        this.attempts = attempts;
        this.secrets = secrets;
        this.codeHasher = codeHasher;
        this.events = events;
        this.policy = policy;
        this.window = window;
        this.clock = clock;
    }

    public SecondFactorOutcome verify(UserAccount user, SecondFactorMethod method, String typedCode, ClientInfo client) {
        Instant now = clock.instant();
        AttemptState state = attempts.load(user.id());
        AttemptDecision decision = policy.check(state, now);
        // A recovery code is the way out of a lock; it still waits out the longest delay, so
        // that a lock does not open the door to fast guessing of recovery codes.
        if (decision instanceof AttemptDecision.Locked) {
            if (method != SecondFactorMethod.RECOVERY_CODE) {
                return new SecondFactorOutcome.Locked();
            }
            Instant allowedAt = state.lastFailureAt() == null ? now
                    : state.lastFailureAt().plus(policy.delayAfter(state.consecutiveFailures()));
            if (now.isBefore(allowedAt)) {
                return new SecondFactorOutcome.Throttled(java.time.Duration.between(now, allowedAt));
            }
        }
        if (decision instanceof AttemptDecision.Wait wait) {
            return new SecondFactorOutcome.Throttled(wait.retryAfter());
        }
        if (!attempts.reserve(user.id(), state, now)) {
            // Another attempt for this account is under way or just ended: one at a time.
            return new SecondFactorOutcome.Throttled(policy.firstDelay());
        }
        Optional<String> failure = method == SecondFactorMethod.TOTP
                ? checkTotp(user, typedCode, now)
                : checkRecoveryCode(user, typedCode, now);
        if (failure.isPresent()) {
            return fail(user, state, failure.get(), now, client);
        }
        attempts.clear(user.id());
        if (method == SecondFactorMethod.RECOVERY_CODE) {
            events.record(event(SecurityEventType.RECOVERY_CODE_USED, user, now, client, ""));
            return new SecondFactorOutcome.Verified(method, recoveryCodes.countUnused(user.id()));
        }
        events.record(event(SecurityEventType.SECOND_FACTOR_SUCCEEDED, user, now, client, method.apiName()));
        return new SecondFactorOutcome.Verified(method, -1);
    }

    /** Empty when a credential accepted the code; otherwise the internal reason. */
    private Optional<String> checkTotp(UserAccount user, String typedCode, Instant now) {
        String reason = CodeCheck.Reason.WRONG.name();
        for (StoredTotpCredential credential : credentials.findActive(user.id())) {
            CodeCheck check = verifier.verify(secrets.open(credential), credential.settings(), typedCode, now,
                    credential.lastUsedStep(), credential.offsetSteps(), window);
            if (check instanceof CodeCheck.Accepted accepted) {
                // The replay guard: of two requests with the same code, only one update succeeds.
                if (credentials.recordUse(credential.id(), accepted.step(), accepted.offsetSteps(), now)) {
                    return Optional.empty();
                }
                return Optional.of(CodeCheck.Reason.REPLAYED.name());
            }
            CodeCheck.Rejected rejected = (CodeCheck.Rejected) check;
            if (rejected.reason() != CodeCheck.Reason.WRONG) {
                reason = rejected.reason().name();
            }
        }
        return Optional.of(reason);
    }

    private Optional<String> checkRecoveryCode(UserAccount user, String typedCode, Instant now) {
        Optional<String> normalized = RecoveryCodes.normalize(typedCode);
        if (normalized.isEmpty()) {
            return Optional.of("MALFORMED_RECOVERY_CODE");
        }
        return recoveryCodes.spend(user.id(), codeHasher.hash(normalized.get()), now)
                ? Optional.empty()
                : Optional.of("UNKNOWN_OR_USED_RECOVERY_CODE");
    }

    private SecondFactorOutcome fail(UserAccount user, AttemptState before, String reason, Instant now, ClientInfo client) {
        // The failure is counted already (reserve); what is left is to lock at the limit.
        AttemptState after = policy.afterFailure(before, now);
        events.record(event(SecurityEventType.SECOND_FACTOR_FAILED, user, now, client, reason));
        if (after.locked() && !before.locked()) {
            attempts.lock(user.id());
            events.record(event(SecurityEventType.SECOND_FACTOR_LOCKED, user, now, client, ""));
        }
        return new SecondFactorOutcome.Rejected(reason);
    }

    static SecurityEvent event(SecurityEventType type, UserAccount user, Instant now, ClientInfo client, String detail) {
        return new SecurityEvent(type, user.id(), user.username().value(), now, client, detail);
    }
}
