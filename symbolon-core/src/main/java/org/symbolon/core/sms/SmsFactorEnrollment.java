package org.symbolon.core.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.email.EmailCodeText;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.oob.OutOfBandCodeCheck;
import org.symbolon.core.oob.BackupFactorPrerequisites;
import org.symbolon.core.password.PasswordHasher;

/**
 * Adding a phone number: the password and the number, then a code texted to it, typed back to
 * prove the phone is the user's. The factor keeps the number the code went to.
 */
public final class SmsFactorEnrollment {

    private final BackupFactorPrerequisites prerequisites;
    private final SmsFactorStore factors;
    private final SmsCodeSending sending;
    private final OutOfBandCodeCheck<PhoneNumber> check;
    private final SecurityEventLog events;
    private final Clock clock;

    public SmsFactorEnrollment(UserStore users, PasswordHasher passwordHasher, SmsFactorStore factors,
            SecondStepStore contexts, SmsCodeSending sending, OutOfBandCodeCheck<PhoneNumber> check,
            SecurityEventLog events, Clock clock) {
        this.prerequisites = new BackupFactorPrerequisites(users, passwordHasher, contexts);
        this.factors = factors;
        this.sending = sending;
        this.check = check;
        this.events = events;
        this.clock = clock;
    }

    /** Checks the password and texts a code to {@code phone}. */
    public SmsCodeOutcome start(UserAccount user, String password, PhoneNumber phone, ClientInfo client) {
        Optional<SmsCodeOutcome> unavailable = sending.unavailable();
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        if (!prerequisites.passwordMatches(user, password)) {
            return new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.WRONG_PASSWORD);
        }
        if (factors.find(user.id()).isPresent()) {
            return new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.ALREADY_ENROLLED);
        }
        if (!prerequisites.hasPrimaryFactor(user)) {
            return new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.NO_PRIMARY_FACTOR);
        }
        return sending.send(user, phone, EmailCodePurpose.ENROLL, client);
    }

    /** The code typed back: the number it was sent to becomes the user's. */
    public SmsCodeOutcome confirm(UserAccount user, String typedCode, ClientInfo client) {
        Optional<SmsCodeOutcome> unavailable = sending.unavailable();
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        Instant now = clock.instant();
        Optional<PhoneNumber> proven = EmailCodeText.normalize(typedCode)
                .flatMap(code -> check.spend(user.id(), EmailCodePurpose.ENROLL, code, now));
        if (proven.isEmpty()) {
            return new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.WRONG_CODE);
        }
        if (!prerequisites.hasPrimaryFactor(user)) {
            // The app went while the code was on its way.
            return new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.NO_PRIMARY_FACTOR);
        }
        if (!factors.add(user.id(), proven.get(), now)) {
            return new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.ALREADY_ENROLLED);
        }
        events.record(new SecurityEvent(SecurityEventType.SMS_FACTOR_ENROLLED, user.id(), user.username().value(), now,
                client, ""));
        return new SmsCodeOutcome.Enrolled(factors.find(user.id()).orElseThrow());
    }
}
