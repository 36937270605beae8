package org.symbolon.core.email;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.oob.BackupFactorPrerequisites;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.core.policy.InstancePolicy;

/**
 * Adding the e-mail factor: the password, then a code mailed to the account's address, typed back
 * to prove the mailbox is the user's. The factor keeps the address the code went to.
 */
public final class EmailFactorEnrollment {

    private final UserStore users;
    private final BackupFactorPrerequisites prerequisites;
    private final EmailFactorStore factors;
    private final EmailCodeSending sending;
    private final EmailCodeCheck check;
    private final SecurityEventLog events;
    private final Supplier<InstancePolicy> policy;
    private final Clock clock;

    public EmailFactorEnrollment(UserStore users, PasswordHasher passwordHasher, EmailFactorStore factors,
            SecondStepStore contexts, EmailCodeSending sending, EmailCodeCheck check, SecurityEventLog events, Supplier<InstancePolicy> policy,
            Clock clock) {
        this.users = users;
        this.prerequisites = new BackupFactorPrerequisites(users, passwordHasher, contexts);
        this.factors = factors;
        this.sending = sending;
        this.check = check;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    /** Checks the password and mails a code to the account's address. */
    public EmailCodeOutcome start(UserAccount user, String password, ClientInfo client) {
        if (!sending.mailOn()) {
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.MAIL_OFF);
        }
        if (!policy.get().allows(SecondFactorMethod.EMAIL)) {
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.NOT_ALLOWED);
        }
        if (!prerequisites.passwordMatches(user, password)) {
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.WRONG_PASSWORD);
        }
        if (factors.find(user.id()).isPresent()) {
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.ALREADY_ENROLLED);
        }
        if (!prerequisites.hasPrimaryFactor(user)) {
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.NO_PRIMARY_FACTOR);
        }
        // The address as stored now, not as the session remembers it.
        return users.findByUsername(user.username()).flatMap(UserAccount::email)
                .map(address -> sending.send(user, address, EmailCodePurpose.ENROLL, client))
                .orElse(new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.NO_ADDRESS));
    }

    /** The code typed back: the factor is added for the address the code was sent to. */
    public EmailCodeOutcome confirm(UserAccount user, String typedCode, ClientInfo client) {
        if (!policy.get().allows(SecondFactorMethod.EMAIL)) {
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.NOT_ALLOWED);
        }
        Instant now = clock.instant();
        Optional<String> normalized = EmailCodeText.normalize(typedCode);
        Optional<EmailAddress> proven = normalized.flatMap(code -> check.spend(user.id(), EmailCodePurpose.ENROLL, code, now));
        // The factor is the account's address: one changed since the code was sent must be proven anew.
        Optional<EmailAddress> current = users.findByUsername(user.username()).flatMap(UserAccount::email);
        if (proven.isEmpty() || !proven.equals(current)) {
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.WRONG_CODE);
        }
        if (!prerequisites.hasPrimaryFactor(user)) {
            // The app went while the code was on its way.
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.NO_PRIMARY_FACTOR);
        }
        EmailAddress address = proven.get();
        if (!factors.add(user.id(), address, now)) {
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.ALREADY_ENROLLED);
        }
        events.record(new SecurityEvent(SecurityEventType.EMAIL_FACTOR_ENROLLED, user.id(), user.username().value(), now,
                client, ""));
        return new EmailCodeOutcome.Enrolled(factors.find(user.id()).orElseThrow());
    }
}
