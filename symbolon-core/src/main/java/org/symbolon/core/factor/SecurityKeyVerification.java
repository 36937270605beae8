package org.symbolon.core.factor;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.symbolon.core.attempt.AttemptDecision;
import org.symbolon.core.attempt.AttemptPolicy;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;

/**
 * The second step with a security key. The relying party's checks of the assertion happen in the
 * server (the WebAuthn library); this class puts them under the one attempt limit of every method,
 * records the counter by a conditional update, and writes the audit events.
 *
 * <p>A cloned key (a counter that does not move forward) is refused, counted as a failure, and
 * logged as {@link SecurityEventType#SECURITY_KEY_CLONED}, which the notifying log mails to the user.
 */
public final class SecurityKeyVerification {

    private final SecondStepStore contexts;
    private final SecurityKeyStore keys;
    private final SecondFactorAttemptStore attempts;
    private final SecurityEventLog events;
    private final AttemptPolicy policy;
    private final Clock clock;

    public SecurityKeyVerification(SecondStepStore contexts, SecurityKeyStore keys, SecondFactorAttemptStore attempts,
            SecurityEventLog events, AttemptPolicy policy, Clock clock) {
        this.contexts = contexts;
        this.keys = keys;
        this.attempts = attempts;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Checks an assertion of the user with this id. {@code check} runs the relying party's steps,
     * only once the attempt limit lets the attempt through.
     */
    public SecondFactorOutcome verify(long userId, Function<SecondStepContext, SecurityKeyCheck> check, ClientInfo client) {
        Instant now = clock.instant();
        Optional<SecondStepContext> found = contexts.load(userId);
        if (found.isEmpty() || !found.get().user().isActive()) {
            return new SecondFactorOutcome.Rejected("NO_ACTIVE_ACCOUNT");
        }
        SecondStepContext context = found.get();
        AttemptDecision decision = policy.check(context.attempts(), now);
        if (decision instanceof AttemptDecision.Wait wait) {
            return new SecondFactorOutcome.Throttled(wait.retryAfter());
        }
        if (decision instanceof AttemptDecision.Locked) {
            return new SecondFactorOutcome.Locked();
        }
        SecurityKeyCheck result = check.apply(context);
        if (result instanceof SecurityKeyCheck.Accepted accepted) {
            if (accepted.key().userId() != userId) {
                return fail(context, "CREDENTIAL_OF_ANOTHER_USER", now, client);
            }
            return switch (keys.recordUse(accepted.key().id(), accepted.signCount(), now, userId,
                    context.attempts().consecutiveFailures())) {
                case RECORDED -> verified(context, now, client);
                case STEP_USED -> cloned(context, accepted.key(), now, client);
                case ATTEMPTS_CHANGED -> new SecondFactorOutcome.Throttled(policy.firstDelay());
            };
        }
        if (result instanceof SecurityKeyCheck.Cloned cloned) {
            return cloned(context, cloned.key(), now, client);
        }
        return fail(context, ((SecurityKeyCheck.Rejected) result).reason(), now, client);
    }

    private SecondFactorOutcome verified(SecondStepContext context, Instant now, ClientInfo client) {
        if (context.attempts().consecutiveFailures() > 0) {
            attempts.clearIfUnchanged(context.user().id(), context.attempts());
        }
        events.record(SecondFactorVerification.event(SecurityEventType.SECOND_FACTOR_SUCCEEDED, context.user(), now,
                client, SecondFactorMethod.WEBAUTHN.apiName()));
        return new SecondFactorOutcome.Verified(context.user(), SecondFactorMethod.WEBAUTHN, -1);
    }

    private SecondFactorOutcome cloned(SecondStepContext context, StoredSecurityKey key, Instant now, ClientInfo client) {
        events.record(SecondFactorVerification.event(SecurityEventType.SECURITY_KEY_CLONED, context.user(), now, client,
                key.name()));
        return fail(context, "CLONED_KEY", now, client);
    }

    private SecondFactorOutcome fail(SecondStepContext context, String reason, Instant now, ClientInfo client) {
        if (!attempts.reserve(context.user().id(), context.attempts(), now)) {
            return new SecondFactorOutcome.Throttled(policy.firstDelay());
        }
        var before = context.attempts();
        var after = policy.afterFailure(before, now);
        events.record(SecondFactorVerification.event(SecurityEventType.SECOND_FACTOR_FAILED, context.user(), now, client,
                reason));
        if (after.locked() && !before.locked()) {
            attempts.lock(context.user().id());
            events.record(SecondFactorVerification.event(SecurityEventType.SECOND_FACTOR_LOCKED, context.user(), now,
                    client, ""));
        }
        return new SecondFactorOutcome.Rejected(reason);
    }
}
