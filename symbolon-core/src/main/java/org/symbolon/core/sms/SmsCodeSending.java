package org.symbolon.core.sms;

import java.util.Optional;
import java.util.function.Supplier;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.SecondStepContext;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.notify.MailLanguage;
import org.symbolon.core.notify.MailLanguageStore;
import org.symbolon.core.oob.OutOfBandCodeIssuer;
import org.symbolon.core.policy.InstancePolicy;

/**
 * Texts a new code, within the send limits of e-mail codes (counted apart from them): for adding
 * a phone number, or at sign-in when the user chooses SMS. The code is stored only as a keyed hash
 * before the message goes out, and replaces any earlier code of the same purpose.
 */
public final class SmsCodeSending {

    private final OutOfBandCodeIssuer<PhoneNumber> issuer;
    private final SmsFactorStore factors;
    private final SecondStepStore contexts;
    private final SmsGateway gateway;
    private final SmsTextComposer composer;
    private final MailLanguageStore languages;
    private final MailLanguage defaultLanguage;
    private final SecurityEventLog events;
    private final Supplier<InstancePolicy> policy;

    /** @param gateway null when no gateway is configured: every request is refused as SMS_OFF */
    public SmsCodeSending(OutOfBandCodeIssuer<PhoneNumber> issuer, SmsFactorStore factors, SecondStepStore contexts,
            SmsGateway gateway, SmsTextComposer composer, MailLanguageStore languages, MailLanguage defaultLanguage,
            SecurityEventLog events, Supplier<InstancePolicy> policy) {
        this.issuer = issuer;
        this.factors = factors;
        this.contexts = contexts;
        this.gateway = gateway;
        this.composer = composer;
        this.languages = languages;
        this.defaultLanguage = defaultLanguage;
        this.events = events;
        this.policy = policy;
    }

    public boolean smsOn() {
        return gateway != null;
    }

    /** Why SMS codes cannot be had at all now, or empty when they can. */
    Optional<SmsCodeOutcome> unavailable() {
        if (gateway == null) {
            return Optional.of(new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.SMS_OFF));
        }
        if (!policy.get().allows(SecondFactorMethod.SMS)) {
            return Optional.of(new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.NOT_ALLOWED));
        }
        return Optional.empty();
    }

    /** The sign-in code, for a user between password and second step who chose SMS. */
    public SmsCodeOutcome sendSignInCode(long userId, ClientInfo client) {
        Optional<SmsCodeOutcome> unavailable = unavailable();
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        Optional<UserAccount> user = contexts.load(userId).map(SecondStepContext::user).filter(UserAccount::isActive);
        if (user.isEmpty()) {
            return new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.NO_ACTIVE_ACCOUNT);
        }
        return factors.find(userId)
                .map(factor -> send(user.get(), factor.phone(), EmailCodePurpose.SIGN_IN, client))
                .orElse(new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.NOT_ENROLLED));
    }

    /** Texts a new code of this purpose to {@code to}, unless the send limit says wait. */
    SmsCodeOutcome send(UserAccount user, PhoneNumber to, EmailCodePurpose purpose, ClientInfo client) {
        OutOfBandCodeIssuer.Issue issue = issuer.issue(user.id(), to, purpose);
        if (!(issue instanceof OutOfBandCodeIssuer.Issued issued)) {
            return new SmsCodeOutcome.TooSoon(((OutOfBandCodeIssuer.Wait) issue).retryAfter());
        }
        MailLanguage language = languages.find(user.id()).orElse(defaultLanguage);
        SmsDelivery delivery = gateway.send(to,
                composer.compose(issued.code(), purpose, issuer.limits().validity(), language));
        events.record(new SecurityEvent(SecurityEventType.SMS_CODE_SENT, user.id(), user.username().value(),
                issued.issuedAt(), client,
                purpose.name() + (delivery instanceof SmsDelivery.Failed failed ? " NOT_SENT: " + failed.reason() : "")));
        return delivery instanceof SmsDelivery.Accepted
                ? new SmsCodeOutcome.Sent(to.masked(), issued.expiresAt())
                : new SmsCodeOutcome.NotSent();
    }
}
