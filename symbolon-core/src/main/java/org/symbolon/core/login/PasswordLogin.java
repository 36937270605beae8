package org.symbolon.core.login;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.symbolon.core.account.PasswordRecord;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.account.Username;
import org.symbolon.core.attempt.AttemptDecision;
import org.symbolon.core.attempt.AttemptPolicy;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.core.password.PasswordPolicy;
import org.symbolon.core.policy.EnrollmentDue;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.text.InputProblem;

/**
 * The password step of signing in. It does the same work, one password hash, whatever was wrong,
 * so that the time it takes does not tell whether the account exists.
 *
 * <p>Guessing is slowed per username (NIST SP 800-63B-4 §3.2.2, OWASP ASVS 5 6.3.1): each attempt
 * is counted before its password is compared, {@link #ATTEMPTS} makes the sixth wrong one in a row
 * wait a second, then twice as long each time up to 15 minutes, and a right password clears the
 * count. There is no lock: anyone could lock anyone out by typing wrong passwords for them.
 */
public final class PasswordLogin {

    /** Four free failures, then 1 s, 2 s, 4 s … 15 min; never a lock. */
    public static final AttemptPolicy ATTEMPTS = new AttemptPolicy(4, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Integer.MAX_VALUE);
    /** How long a concurrent attempt for the same name is asked to wait. */
    static final Duration CONCURRENT_WAIT = Duration.ofSeconds(1);

    private final UserStore users;
    private final PasswordAttemptStore attempts;
    private final PasswordHasher hasher;
    private final Supplier<InstancePolicy> policy;
    private final Clock clock;
    /** Checked when there is no real hash to check, to spend the same time as a real check. */
    private final String decoyHash;

    public PasswordLogin(UserStore users, PasswordAttemptStore attempts, PasswordHasher hasher,
            Supplier<InstancePolicy> policy, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy password that no account has " + System.nanoTime());
    }

    public LoginOutcome attempt(String typedUsername, String typedPassword) {
        Username username;
        String password;
        try {
            username = Username.parse(typedUsername);
            password = PasswordPolicy.normalize(typedPassword);
        } catch (InputProblem problem) {
            hasher.matches("", decoyHash);
            return new LoginOutcome.Refused(LoginOutcome.RefusalReason.MALFORMED_INPUT);
        }
        Instant now = clock.instant();
        AttemptState seen = attempts.load(username.key());
        if (ATTEMPTS.check(seen, now) instanceof AttemptDecision.Wait wait) {
            return new LoginOutcome.Throttled(wait.retryAfter());
        }
        if (!attempts.reserve(username.key(), seen, now)) {
            return new LoginOutcome.Throttled(CONCURRENT_WAIT);
        }
        LoginOutcome outcome = compare(username, password);
        if (!(outcome instanceof LoginOutcome.Refused)) {
            attempts.clear(username.key());
        }
        return outcome;
    }

    private LoginOutcome compare(Username username, String password) {
        Optional<PasswordRecord> found = users.findPasswordRecord(username);
        if (found.isEmpty()) {
            hasher.matches(password, decoyHash);
            return new LoginOutcome.Refused(LoginOutcome.RefusalReason.UNKNOWN_USER);
        }
        PasswordRecord record = found.get();
        if (!hasher.matches(password, record.passwordHash())) {
            return new LoginOutcome.Refused(LoginOutcome.RefusalReason.WRONG_PASSWORD);
        }
        // Checked after the hash so that a disabled account costs the same time as any other.
        if (!record.account().isActive()) {
            return new LoginOutcome.Refused(LoginOutcome.RefusalReason.DISABLED);
        }
        if (hasher.needsUpgrade(record.passwordHash())) {
            users.updatePasswordHash(record.account().id(), hasher.hash(password));
        }
        return afterPassword(record);
    }

    private LoginOutcome afterPassword(PasswordRecord record) {
        InstancePolicy current = policy.get();
        AfterSignIn after = new AfterSignIn(record.mustChangePassword(), EnrollmentDue.NONE);
        if (record.hasSecondFactor()) {
            EnrollmentDue afterBypass = current.requiresSecondFactor(record.standing()) ? EnrollmentDue.NOW : EnrollmentDue.NONE;
            return new LoginOutcome.SecondFactorRequired(record.account(), after.withEnrollment(afterBypass));
        }
        // Whole seconds: the start is stored, and the deadline shown must not move when read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        EnrollmentDue due = current.enrollmentDue(record.standing(), false, now);
        if (due instanceof EnrollmentDue.By && record.standing().graceStartedAt() == null) {
            // The grace period starts at the first sign-in that finds enrollment required.
            users.startEnrollmentGrace(record.account().id(), now);
        }
        return new LoginOutcome.Authenticated(record.account(), after.withEnrollment(due));
    }
}
