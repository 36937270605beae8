package org.symbolon.core.email;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.SecondStepContext;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.notify.MailOutcome;
import org.symbolon.core.oob.OutOfBandCodeIssuer;
import org.symbolon.core.policy.InstancePolicy;

/**
 * Mails a new code, within the send limits: for adding the factor, or at sign-in when the user
 * chooses e-mail. The code is stored only as a keyed hash before the mail goes out, and replaces
 * any earlier code of the same purpose.
 */
public final class EmailCodeSending {

    private final OutOfBandCodeIssuer<EmailAddress> issuer;
    private final EmailFactorStore factors;
    private final SecondStepStore contexts;
    private final EmailCodeMailer mailer;
    private final SecurityEventLog events;
    private final Supplier<InstancePolicy> policy;
    private final EmailCodeLimits limits;

    public EmailCodeSending(EmailCodeStore codes, EmailFactorStore factors, SecondStepStore contexts,
            EmailCodeMailer mailer, EmailCodeHasher hasher, SecurityEventLog events, Supplier<InstancePolicy> policy,
            EmailCodeLimits limits, SecureRandom random, Clock clock) {
        this.issuer = new OutOfBandCodeIssuer<>(codes, hasher::hash, limits, random, clock);
        this.factors = factors;
        this.contexts = contexts;
        this.mailer = mailer;
        this.events = events;
        this.policy = policy;
        this.limits = limits;
    }

    public boolean mailOn() {
        return mailer.mailOn();
    }

    /** The sign-in code, for a user between password and second step who chose e-mail. */
    public EmailCodeOutcome sendSignInCode(long userId, ClientInfo client) {
        if (!mailer.mailOn()) {
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.MAIL_OFF);
        }
        if (!policy.get().allows(SecondFactorMethod.EMAIL)) {
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.NOT_ALLOWED);
        }
        Optional<UserAccount> user = contexts.load(userId).map(SecondStepContext::user).filter(UserAccount::isActive);
        if (user.isEmpty()) {
            return new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.NO_ACTIVE_ACCOUNT);
        }
        return factors.find(userId)
                .map(factor -> send(user.get(), factor.address(), EmailCodePurpose.SIGN_IN, client))
                .orElse(new EmailCodeOutcome.Refused(EmailCodeOutcome.Reason.NOT_ENROLLED));
    }

    /** Mails a new code of this purpose to {@code to}, unless the send limit says wait. */
    EmailCodeOutcome send(UserAccount user, EmailAddress to, EmailCodePurpose purpose, ClientInfo client) {
        OutOfBandCodeIssuer.Issue issue = issuer.issue(user.id(), to, purpose);
        if (!(issue instanceof OutOfBandCodeIssuer.Issued issued)) {
            return new EmailCodeOutcome.TooSoon(((OutOfBandCodeIssuer.Wait) issue).retryAfter());
        }
        MailOutcome mailed = mailer.send(user, to, issued.code(), purpose, limits.validity(), client);
        boolean sent = mailed instanceof MailOutcome.Sent;
        events.record(new SecurityEvent(SecurityEventType.EMAIL_CODE_SENT, user.id(), user.username().value(),
                issued.issuedAt(), client,
                purpose.name() + (mailed instanceof MailOutcome.NotSent notSent ? " NOT_SENT: " + notSent.reason() : "")));
        return sent ? new EmailCodeOutcome.Sent(EmailCodeText.mask(to.value()), issued.expiresAt())
                : new EmailCodeOutcome.NotSent();
    }
}
