package org.symbolon.core.factor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.attempt.AttemptDecision;
import org.symbolon.core.attempt.AttemptPolicy;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.email.EmailCodeCheck;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.email.EmailCodeText;
import org.symbolon.core.oob.OutOfBandCodeCheck;
import org.symbolon.core.otp.CodeCheck;
import org.symbolon.core.otp.CounterBasedCodeVerifier;
import org.symbolon.core.otp.TimeBasedCodeVerifier;
import org.symbolon.core.recovery.RecoveryCodeHasher;
import org.symbolon.core.recovery.RecoveryCodes;
import org.symbolon.core.sms.PhoneNumber;

/**
 * The second step of signing in, after a correct password. One attempt limit covers every
 * method: consecutive failures per account, stored in the database (NIST SP 800-63B-4 §3.2.2).
 *
 * <p>Concurrency: every outcome ends with a compare-and-set on the attempt count that was read.
 * Of many guesses sent at once, only the one whose compare-and-set wins is answered; the others
 * get "wait" and learn nothing, whether their code was right or not. So parallel guessing is no
 * faster than guessing one after another.
 *
 * <p>E-mail codes (4/4) are checked like recovery codes, with a few tries per code on top
 * ({@link EmailCodeCheck}); a lock stops them like app codes, since a mailbox is no way out of a lock.
 *
 * <p>Cost of an app or hardware-token code: one read of the context (the account, its apps and
 * tokens, its recovery-code count); then for a right code one write that is both the replay guard
 * and the compare-and-set, for a wrong one the compare-and-set alone; then the audit event. Three
 * round trips; a right code after earlier failures pays a fourth to clear them. Which method was
 * used last needs no write of its own: it is read from the credentials' last use, which the
 * accepting write sets anyway.
 */
public final class SecondFactorVerification {

    private final SecondStepStore contexts;
    private final TotpCredentialStore credentials;
    private final HotpTokenStore hotpTokens;
    private final RecoveryCodeStore recoveryCodes;
    private final BypassCodeStore bypassCodes;
    private final SecondFactorAttemptStore attempts;
    private final TotpSecrets secrets;
    private final RecoveryCodeHasher codeHasher;
    private final SecurityEventLog events;
    private final AttemptPolicy policy;
    private final TimeBasedCodeVerifier verifier = new TimeBasedCodeVerifier();
    private final CounterBasedCodeVerifier counterVerifier = new CounterBasedCodeVerifier();
    private final int window;
    private final Clock clock;
    private final EmailCodeCheck emailCodes;
    private final OutOfBandCodeCheck<PhoneNumber> smsCodes;

    public SecondFactorVerification(SecondStepStore contexts, TotpCredentialStore credentials, HotpTokenStore hotpTokens,
            RecoveryCodeStore recoveryCodes, BypassCodeStore bypassCodes, SecondFactorAttemptStore attempts, TotpSecrets secrets,
            RecoveryCodeHasher codeHasher, SecurityEventLog events, AttemptPolicy policy, int window, Clock clock,
            EmailCodeCheck emailCodes, OutOfBandCodeCheck<PhoneNumber> smsCodes) {
        this.emailCodes = emailCodes;
        this.smsCodes = smsCodes;
        this.contexts = contexts;
        this.credentials = credentials;
        this.hotpTokens = hotpTokens;
        this.recoveryCodes = recoveryCodes;
        this.bypassCodes = bypassCodes;
        this.attempts = attempts;
        this.secrets = secrets;
        this.codeHasher = codeHasher;
        this.events = events;
        this.policy = policy;
        this.window = window;
        this.clock = clock;
    }

    public SecondFactorOutcome verify(UserAccount user, SecondFactorMethod method, String typedCode, ClientInfo client) {
        return verify(user.id(), method, typedCode, client);
    }

    /**
     * A code of any of the user's factors, to confirm a change to them: a recovery code when it
     * has that shape, otherwise a code of any app or hardware token, under the same attempt limit.
     * The method of the outcome tells which it was.
     */
    public SecondFactorOutcome verifyAnyCode(UserAccount user, String typedCode, ClientInfo client) {
        if (RecoveryCodes.normalize(typedCode).isPresent()) {
            return verify(user.id(), SecondFactorMethod.RECOVERY_CODE, typedCode, client);
        }
        Instant now = clock.instant();
        Optional<SecondStepContext> found = contexts.load(user.id());
        if (found.isEmpty() || !found.get().user().isActive()) {
            return new SecondFactorOutcome.Rejected("NO_ACTIVE_ACCOUNT");
        }
        Optional<SecondFactorOutcome> limited = limit(found.get().attempts(), SecondFactorMethod.TOTP, now);
        return limited.orElseGet(() -> oneTimeCode(found.get(), typedCode, now, client, true, true));
    }

    /** The methods the user has, among {@code allowed}, the one used last first; empty for no account. Read-only. */
    public List<SecondFactorMethod> methodsOf(long userId, Predicate<SecondFactorMethod> allowed) {
        return contexts.load(userId).map(context -> context.methods(allowed)).orElse(List.of());
    }

    /** The step for the user with this id; a deleted or disabled account is simply refused. */
    public SecondFactorOutcome verify(long userId, SecondFactorMethod method, String typedCode, ClientInfo client) {
        Instant now = clock.instant();
        Optional<SecondStepContext> found = contexts.load(userId);
        if (found.isEmpty() || !found.get().user().isActive()) {
            return new SecondFactorOutcome.Rejected("NO_ACTIVE_ACCOUNT");
        }
        SecondStepContext context = found.get();
        Optional<SecondFactorOutcome> limited = limit(context.attempts(), method, now);
        if (limited.isPresent()) {
            return limited.get();
        }
        return switch (method) {
            case TOTP -> oneTimeCode(context, typedCode, now, client, true, false);
            case HOTP -> oneTimeCode(context, typedCode, now, client, false, true);
            case RECOVERY_CODE -> recoveryCode(context, typedCode, now, client);
            case BYPASS_CODE -> bypassCode(context, typedCode, now, client);
            case EMAIL -> sentCode(context, typedCode, now, client, SecondFactorMethod.EMAIL, emailCodes);
            case SMS -> sentCode(context, typedCode, now, client, SecondFactorMethod.SMS, smsCodes);
            // A key answers with an assertion, never a code: see SecurityKeyVerification.
            case WEBAUTHN -> new SecondFactorOutcome.Rejected("NOT_A_CODE");
        };
    }

    private Optional<SecondFactorOutcome> limit(AttemptState state, SecondFactorMethod method, Instant now) {
        AttemptDecision decision = policy.check(state, now);
        if (decision instanceof AttemptDecision.Wait wait) {
            return Optional.of(new SecondFactorOutcome.Throttled(wait.retryAfter()));
        }
        if (decision instanceof AttemptDecision.Locked) {
            // A recovery or bypass code is the way out of a lock, after the longest delay, so that
            // a lock does not open the door to fast guessing of such codes.
            if (method == SecondFactorMethod.TOTP || method == SecondFactorMethod.HOTP || method == SecondFactorMethod.WEBAUTHN
                    || method == SecondFactorMethod.EMAIL || method == SecondFactorMethod.SMS) {
                return Optional.of(new SecondFactorOutcome.Locked());
            }
            Instant allowedAt = state.lastFailureAt() == null ? now
                    : state.lastFailureAt().plus(policy.delayAfter(state.consecutiveFailures()));
            if (now.isBefore(allowedAt)) {
                return Optional.of(new SecondFactorOutcome.Throttled(Duration.between(now, allowedAt)));
            }
        }
        return Optional.empty();
    }

    /**
     * An app code (TOTP), a hardware token's code (HOTP), or, for {@code either}, whichever of the
     * user's credentials it belongs to. Every credential is checked; the first that accepts wins.
     */
    private SecondFactorOutcome oneTimeCode(SecondStepContext context, String typedCode, Instant now, ClientInfo client,
            boolean apps, boolean tokens) {
        String reason = CodeCheck.Reason.WRONG.name();
        long userId = context.user().id();
        int failuresSeen = context.attempts().consecutiveFailures();
        for (StoredTotpCredential credential : apps ? context.authenticators() : List.<StoredTotpCredential>of()) {
            CodeCheck check = verifier.verify(secrets.open(credential), credential.settings(), typedCode, now,
                    credential.lastUsedStep(), credential.offsetSteps(), window);
            if (check instanceof CodeCheck.Accepted accepted) {
                // The replay guard and the attempt compare-and-set, in one write: of two requests
                // with the same code, only one succeeds, and a code that raced a counted failure
                // does not count, right or not.
                return accepted(context, SecondFactorMethod.TOTP, credentials.recordUse(credential.id(), accepted.step(),
                        accepted.offsetSteps(), now, userId, failuresSeen), now, client);
            }
            reason = rejection((CodeCheck.Rejected) check, reason);
        }
        for (StoredHotpToken token : tokens ? context.tokens() : List.<StoredHotpToken>of()) {
            // RFC 4226 §7.4: a look-ahead window after the stored counter, for presses never typed.
            CodeCheck check = counterVerifier.verify(secrets.open(token), token.generator(), typedCode,
                    token.nextCounter(), CounterBasedCodeVerifier.LOOK_AHEAD);
            if (check instanceof CodeCheck.Accepted accepted) {
                return accepted(context, SecondFactorMethod.HOTP,
                        hotpTokens.recordUse(token.id(), accepted.step(), now, userId, failuresSeen), now, client);
            }
            reason = rejection((CodeCheck.Rejected) check, reason);
        }
        if (reason.equals(CodeCheck.Reason.REPLAYED.name())) {
            return replayed(context, now, client);
        }
        return fail(context, reason, now, client);
    }

    /** A replay outweighs a malformed code, which outweighs a wrong one: the most telling reason is kept. */
    private static String rejection(CodeCheck.Rejected check, String sofar) {
        if (sofar.equals(CodeCheck.Reason.REPLAYED.name()) || check.reason() == CodeCheck.Reason.WRONG) {
            return sofar;
        }
        return check.reason().name();
    }

    private SecondFactorOutcome accepted(SecondStepContext context, SecondFactorMethod method,
            TotpCredentialStore.UseRecord record, Instant now, ClientInfo client) {
        switch (record) {
            case STEP_USED:
                return replayed(context, now, client);
            case ATTEMPTS_CHANGED:
                return new SecondFactorOutcome.Throttled(policy.firstDelay());
            case RECORDED:
                break;
        }
        if (context.attempts().consecutiveFailures() > 0) {
            // The success came first; a failure counted after it stays counted.
            attempts.clearIfUnchanged(context.user().id(), context.attempts());
        }
        events.record(event(SecurityEventType.SECOND_FACTOR_SUCCEEDED, context.user(), now, client, method.apiName()));
        return new SecondFactorOutcome.Verified(context.user(), method, -1);
    }

    /**
     * A right code, spent already (a double submit, or a race with its own owner): not a guess
     * at the key, so it is refused and logged but not counted. Counting it would let the losers
     * of such a race make the winner wait.
     */
    private SecondFactorOutcome replayed(SecondStepContext context, Instant now, ClientInfo client) {
        events.record(event(SecurityEventType.SECOND_FACTOR_FAILED, context.user(), now, client,
                CodeCheck.Reason.REPLAYED.name()));
        return new SecondFactorOutcome.Rejected(CodeCheck.Reason.REPLAYED.name());
    }

    private SecondFactorOutcome recoveryCode(SecondStepContext context, String typedCode, Instant now, ClientInfo client) {
        return singleUseCode(context, typedCode, now, client, SecondFactorMethod.RECOVERY_CODE, RecoveryCodes::normalize,
                code -> recoveryCodes.spend(context.user().id(), codeHasher.hash(code), now));
    }

    /** As a recovery code, but the administrator's code, which lives a few hours and works once. */
    private SecondFactorOutcome bypassCode(SecondStepContext context, String typedCode, Instant now, ClientInfo client) {
        return singleUseCode(context, typedCode, now, client, SecondFactorMethod.BYPASS_CODE, RecoveryCodes::normalize,
                code -> bypassCodes.spend(context.user().id(), codeHasher.hash(code), now));
    }

    /**
     * The code mailed or texted at sign-in: single use, 10 minutes, a few tries each (counted before
     * the comparison, like the attempt), and every try counts against the one attempt limit too.
     */
    private SecondFactorOutcome sentCode(SecondStepContext context, String typedCode, Instant now, ClientInfo client,
            SecondFactorMethod method, OutOfBandCodeCheck<?> check) {
        long userId = context.user().id();
        return singleUseCode(context, typedCode, now, client, method, EmailCodeText::normalize,
                code -> check.spend(userId, EmailCodePurpose.SIGN_IN, code, now).isPresent());
    }

    /** A recovery, bypass, e-mail or SMS code: looked up by its keyed hash and spent by one conditional write. */
    private SecondFactorOutcome singleUseCode(SecondStepContext context, String typedCode, Instant now, ClientInfo client,
            SecondFactorMethod method, Function<String, Optional<String>> normalizer, Predicate<String> spendNormalized) {
        long userId = context.user().id();
        // Counted before the code is spent, so that a lost race cannot spend a code for nothing.
        if (!attempts.reserve(userId, context.attempts(), now)) {
            return new SecondFactorOutcome.Throttled(policy.firstDelay());
        }
        String kind = method.name();
        Optional<String> normalized = normalizer.apply(typedCode);
        if (normalized.isEmpty() || !spendNormalized.test(normalized.get())) {
            return afterCountedFailure(context, (normalized.isEmpty() ? "MALFORMED_" : "UNKNOWN_OR_USED_") + kind, now, client);
        }
        attempts.clear(userId);
        boolean recovery = method == SecondFactorMethod.RECOVERY_CODE;
        if (method == SecondFactorMethod.EMAIL || method == SecondFactorMethod.SMS) {
            events.record(event(SecurityEventType.SECOND_FACTOR_SUCCEEDED, context.user(), now, client, method.apiName()));
        } else {
            events.record(event(recovery ? SecurityEventType.RECOVERY_CODE_USED : SecurityEventType.BYPASS_CODE_USED,
                    context.user(), now, client, ""));
        }
        return new SecondFactorOutcome.Verified(context.user(), method, recovery ? recoveryCodes.countUnused(userId) : -1);
    }

    private SecondFactorOutcome fail(SecondStepContext context, String reason, Instant now, ClientInfo client) {
        if (!attempts.reserve(context.user().id(), context.attempts(), now)) {
            return new SecondFactorOutcome.Throttled(policy.firstDelay());
        }
        return afterCountedFailure(context, reason, now, client);
    }

    /** The failure is counted already; what is left is the audit event, and the lock at the limit. */
    private SecondFactorOutcome afterCountedFailure(SecondStepContext context, String reason, Instant now, ClientInfo client) {
        AttemptState before = context.attempts();
        AttemptState after = policy.afterFailure(before, now);
        events.record(event(SecurityEventType.SECOND_FACTOR_FAILED, context.user(), now, client, reason));
        if (after.locked() && !before.locked()) {
            attempts.lock(context.user().id());
            events.record(event(SecurityEventType.SECOND_FACTOR_LOCKED, context.user(), now, client, ""));
        }
        return new SecondFactorOutcome.Rejected(reason);
    }

    static SecurityEvent event(SecurityEventType type, UserAccount user, Instant now, ClientInfo client, String detail) {
        return new SecurityEvent(type, user.id(), user.username().value(), now, client, detail);
    }
}
