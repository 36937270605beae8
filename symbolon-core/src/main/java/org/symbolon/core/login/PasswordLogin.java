package org.symbolon.core.login;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.symbolon.core.account.PasswordRecord;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.account.Username;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.core.password.PasswordPolicy;
import org.symbolon.core.policy.EnrollmentDue;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.text.InputProblem;

/**
 * The password step of signing in. It does the same work, one password hash, whatever was wrong,
 * so that the time it takes does not tell whether the account exists.
 */
public final class PasswordLogin {

    private final UserStore users;
    private final PasswordHasher hasher;
    private final Supplier<InstancePolicy> policy;
    private final Clock clock;
    /** Checked when there is no real hash to check, to spend the same time as a real check. */
    private final String decoyHash;

    public PasswordLogin(UserStore users, PasswordHasher hasher, Supplier<InstancePolicy> policy, Clock clock) {
        this.users = users;
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
