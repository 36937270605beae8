package org.symbolon.core.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.email.EmailCodeLimits;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.email.SendHistory;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.SecondStepContext;
import org.symbolon.core.notify.MailLanguage;
import org.symbolon.core.notify.MailLanguageStore;
import org.symbolon.core.oob.OutOfBandCodeIssuer;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRequirement;

/** Texting a sign-in code, with the gateway, the stores and the policy as plain fakes. */
class SmsCodeSendingTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final PhoneNumber PHONE = new PhoneNumber("+491701234567");
    private static final ClientInfo CLIENT = new ClientInfo("127.0.0.1", "test");
    private static final UserAccount DARA = new UserAccount(7, new Username("dara"), new DisplayName(""), Optional.empty(),
            Role.USER, AccountState.ACTIVE, NOW);

    private final FakeCodes codes = new FakeCodes();
    private final List<SecurityEvent> events = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final AtomicReference<SmsDelivery> answer = new AtomicReference<>(new SmsDelivery.Accepted());
    private final AtomicReference<InstancePolicy> policy = new AtomicReference<>(policyWith(SecondFactorMethod.SMS));

    private static InstancePolicy policyWith(SecondFactorMethod... more) {
        EnumSet<SecondFactorMethod> methods = EnumSet.of(SecondFactorMethod.TOTP);
        methods.addAll(List.of(more));
        return new InstancePolicy(TwoFactorRequirement.OPTIONAL, 0, methods, Optional.empty(), Optional.empty());
    }

    private SmsCodeSending sending(SmsGateway gateway) {
        SmsFactorStore factors = new SmsFactorStore() {
            @Override
            public Optional<SmsFactor> find(long userId) {
                return Optional.of(new SmsFactor(userId, PHONE, NOW));
            }

            @Override
            public boolean add(long userId, PhoneNumber phone, Instant now) {
                return false;
            }

            @Override
            public boolean delete(long userId) {
                return false;
            }
        };
        MailLanguageStore languages = new MailLanguageStore() {
            @Override
            public Optional<MailLanguage> find(long userId) {
                return Optional.of(MailLanguage.GERMAN);
            }

            @Override
            public void remember(long userId, MailLanguage language) {
            }
        };
        return new SmsCodeSending(new OutOfBandCodeIssuer<>(codes, (user, purpose, code) -> "hash:" + code,
                EmailCodeLimits.DEFAULT, new SecureRandom(), Clock.fixed(NOW, ZoneOffset.UTC)), factors,
                userId -> Optional.of(new SecondStepContext(DARA, AttemptState.CLEAR, List.of(), List.of(), 0)),
                gateway, (code, purpose, validity, language) -> language.tag() + " " + purpose + " " + code + " "
                        + validity.toMinutes(), languages, MailLanguage.ENGLISH, events::add, policy::get);
    }

    private SmsGateway recording() {
        return (to, text) -> {
            texts.add(to.e164() + " " + text);
            return answer.get();
        };
    }

    @Test
    void theCodeIsStoredAsItsHashAndTextedInTheUsersLanguage() {
        SmsCodeOutcome outcome = sending(recording()).sendSignInCode(7, CLIENT);

        assertThat(outcome).isEqualTo(new SmsCodeOutcome.Sent("+49 ••• •••• 67", NOW.plus(Duration.ofMinutes(10))));
        assertThat(texts).singleElement().asString().matches("\\+491701234567 de SIGN_IN [0-9]{6} 10");
        String code = texts.get(0).split(" ")[3];
        assertThat(codes.hashes).containsEntry(EmailCodePurpose.SIGN_IN, "hash:" + code);
        assertThat(events).singleElement().extracting(SecurityEvent::detail).isEqualTo("SIGN_IN");
    }

    @Test
    void aGatewayFailureIsNotSentForTheUserAndTheReasonForTheAudit() {
        answer.set(new SmsDelivery.Failed("status 503"));

        assertThat(sending(recording()).sendSignInCode(7, CLIENT)).isInstanceOf(SmsCodeOutcome.NotSent.class);
        assertThat(events).singleElement().extracting(SecurityEvent::detail).isEqualTo("SIGN_IN NOT_SENT: status 503");
        assertThat(events.get(0).detail()).doesNotContainPattern("[0-9]{6}");
    }

    @Test
    void withoutAGatewayOrWithSmsTurnedOffNothingIsIssued() {
        assertThat(sending(null).sendSignInCode(7, CLIENT))
                .isEqualTo(new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.SMS_OFF));
        policy.set(policyWith(SecondFactorMethod.EMAIL));
        assertThat(sending(recording()).sendSignInCode(7, CLIENT))
                .isEqualTo(new SmsCodeOutcome.Refused(SmsCodeOutcome.Reason.NOT_ALLOWED));
        assertThat(codes.hashes).isEmpty();
        assertThat(texts).isEmpty();
    }

    @Test
    void aSecondCodeWithin30SecondsWaitsAndSendsNothing() {
        SmsCodeSending sending = sending(recording());
        sending.sendSignInCode(7, CLIENT);

        assertThat(sending.sendSignInCode(7, CLIENT)).isEqualTo(new SmsCodeOutcome.TooSoon(Duration.ofSeconds(30)));
        assertThat(texts).hasSize(1);
    }

    /** One user's codes and send history, in memory. */
    private static final class FakeCodes implements SmsCodeStore {

        final Map<EmailCodePurpose, String> hashes = new HashMap<>();
        SendHistory history = SendHistory.NONE;

        @Override
        public SendHistory sendHistory(long userId) {
            return history;
        }

        @Override
        public boolean recordSend(long userId, SendHistory seen, SendHistory next) {
            if (seen.version() != history.version()) {
                return false;
            }
            history = next;
            return true;
        }

        @Override
        public void replace(long userId, EmailCodePurpose purpose, String codeHash, PhoneNumber sentTo, Instant createdAt,
                Instant expiresAt) {
            hashes.put(purpose, codeHash);
        }

        @Override
        public boolean reserveTry(long userId, EmailCodePurpose purpose, int maxTries) {
            return false;
        }

        @Override
        public Optional<PhoneNumber> spend(long userId, EmailCodePurpose purpose, String codeHash, Instant now) {
            return Optional.empty();
        }

        @Override
        public void deleteAll(long userId) {
        }
    }
}
