package org.symbolon.core.factor;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.attempt.AttemptDecision;
import org.symbolon.core.attempt.AttemptPolicy;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.otp.CodeCheck;
import org.symbolon.core.otp.CounterBasedCodeVerifier;
import org.symbolon.core.password.CurrentPassword;
import org.symbolon.core.password.PasswordHasher;

/**
 * Resynchronising a hardware token that was pressed more often than the sign-in's look-ahead
 * allows (RFC 4226 §7.4): the signed-in user gives the password and two consecutive codes, the
 * first within {@link CounterBasedCodeVerifier#RESYNC_WINDOW} counter values, and the stored
 * counter moves past them. A wrong pair counts as a failed second-factor attempt: the wider window
 * must not become a cheaper way to guess.
 */
public final class HotpResynchronization {

    private final UserStore users;
    private final PasswordHasher passwordHasher;
    private final HotpTokenStore tokens;
    private final SecondFactorAttemptStore attempts;
    private final TotpSecrets secrets;
    private final SecurityEventLog events;
    private final AttemptPolicy policy;
    private final Clock clock;
    private final CounterBasedCodeVerifier verifier = new CounterBasedCodeVerifier();

    public HotpResynchronization(UserStore users, PasswordHasher passwordHasher, HotpTokenStore tokens,
            SecondFactorAttemptStore attempts, TotpSecrets secrets, SecurityEventLog events, AttemptPolicy policy,
            Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.tokens = tokens;
        this.attempts = attempts;
        this.secrets = secrets;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    public ManagementOutcome resynchronize(UserAccount user, String publicId, String password, String firstCode,
            String secondCode, ClientInfo client) {
        Optional<StoredHotpToken> found = publicId == null ? Optional.empty() : tokens.findActive(user.id()).stream()
                .filter(token -> token.publicId().equals(publicId)).findFirst();
        if (found.isEmpty()) {
            return new ManagementOutcome.NotFound();
        }
        if (!passwordMatches(user, password)) {
            return new ManagementOutcome.Refused();
        }
        Instant now = clock.instant();
        AttemptState state = attempts.load(user.id());
        AttemptDecision decision = policy.check(state, now);
        if (decision instanceof AttemptDecision.Wait wait) {
            return new ManagementOutcome.Limited(new SecondFactorOutcome.Throttled(wait.retryAfter()));
        }
        if (decision instanceof AttemptDecision.Locked) {
            return new ManagementOutcome.Limited(new SecondFactorOutcome.Locked());
        }
        StoredHotpToken token = found.get();
        CodeCheck check = verifier.resynchronize(secrets.open(token), token.generator(), firstCode, secondCode,
                token.nextCounter());
        if (check instanceof CodeCheck.Accepted accepted
                && tokens.resynchronize(token.id(), token.nextCounter(), accepted.step() + 1, now)) {
            attempts.clearIfUnchanged(user.id(), state);
            events.record(SecondFactorVerification.event(SecurityEventType.HOTP_RESYNCHRONIZED, user, now, client,
                    publicId));
            return new ManagementOutcome.Done();
        }
        String reason = check instanceof CodeCheck.Rejected rejected ? "RESYNC_" + rejected.reason().name() : "RESYNC_RACED";
        if (!attempts.reserve(user.id(), state, now)) {
            return new ManagementOutcome.Limited(new SecondFactorOutcome.Throttled(policy.firstDelay()));
        }
        events.record(SecondFactorVerification.event(SecurityEventType.SECOND_FACTOR_FAILED, user, now, client, reason));
        if (policy.afterFailure(state, now).locked() && !state.locked()) {
            attempts.lock(user.id());
            events.record(SecondFactorVerification.event(SecurityEventType.SECOND_FACTOR_LOCKED, user, now, client, ""));
        }
        return new ManagementOutcome.Refused();
    }

    private boolean passwordMatches(UserAccount user, String typed) {
        return users.findPasswordRecord(user.username())
                .map(record -> CurrentPassword.matches(passwordHasher, typed, record.passwordHash()))
                .orElse(false);
    }
}
