package org.symbolon.server.factor;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.email.EmailCodeLimits;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.notify.MailLanguageStore;
import org.symbolon.core.oob.OutOfBandCodeCheck;
import org.symbolon.core.oob.OutOfBandCodeIssuer;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.PhoneNumberParser;
import org.symbolon.core.sms.SmsCodeSending;
import org.symbolon.core.sms.SmsCodeStore;
import org.symbolon.core.sms.SmsFactorEnrollment;
import org.symbolon.core.sms.SmsFactorStore;
import org.symbolon.core.sms.SmsGateway;
import org.symbolon.server.config.SmsSettings;
import org.symbolon.server.config.SymbolonProperties;
import org.symbolon.server.crypto.KeysetFile;
import org.symbolon.server.crypto.TinkEmailCodeHasher;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.sms.GenericHttpSmsGateway;
import org.symbolon.server.sms.LibPhoneNumberParser;
import org.symbolon.server.sms.MessageSmsTextComposer;
import org.symbolon.server.sms.TwilioSmsGateway;

/**
 * SMS codes as a second factor (6), with the limits of e-mail codes. Always wired: without a
 * gateway ({@code symbolon.sms.gateway: none}) every request for a code is refused as "SMS is off".
 */
@Configuration(proxyBeanMethods = false)
public class SmsCodeConfiguration {

    /** Under the key of e-mail codes, but a code of one channel never hashes like the other's. */
    @Bean
    SmsCodeHashing smsCodeHashing(KeysetFile keys) {
        return new SmsCodeHashing(new TinkEmailCodeHasher(keys, "sms"));
    }

    /** A holder, so that the hasher is no second bean of the e-mail hasher's types. */
    record SmsCodeHashing(TinkEmailCodeHasher hasher) {
    }

    @Bean
    PhoneNumberParser phoneNumberParser(SymbolonProperties properties) {
        return new LibPhoneNumberParser(properties.sms().defaultRegion());
    }

    @Bean
    OutOfBandCodeCheck<PhoneNumber> smsCodeCheck(SmsCodeStore codes, SmsCodeHashing hashing) {
        return new OutOfBandCodeCheck<>(codes, hashing.hasher(), EmailCodeLimits.DEFAULT.triesPerCode());
    }

    @Bean
    SmsCodeSending smsCodeSending(SmsCodeStore codes, SmsCodeHashing hashing, SmsFactorStore factors,
            SecondStepStore contexts, MessageSource messages, MailLanguageStore languages,
            SymbolonProperties properties, SecurityEventLog events, CurrentPolicy policy, SecureRandom random,
            Clock clock) {
        return new SmsCodeSending(
                new OutOfBandCodeIssuer<>(codes, hashing.hasher(), EmailCodeLimits.DEFAULT, random, clock), factors,
                contexts, gateway(properties.sms()),
                new MessageSmsTextComposer(messages, properties.serviceName(), properties.publicUrl()), languages,
                properties.mail().defaultLanguage(), events, policy);
    }

    @Bean
    SmsFactorEnrollment smsFactorEnrollment(UserStore users, PasswordHasher passwordHasher, SmsFactorStore factors,
            SecondStepStore contexts, SmsCodeSending sending, OutOfBandCodeCheck<PhoneNumber> check,
            SecurityEventLog events, Clock clock) {
        return new SmsFactorEnrollment(users, passwordHasher, factors, contexts, sending, check, events, clock);
    }

    private static SmsGateway gateway(SmsSettings settings) {
        return switch (settings.gateway()) {
            case NONE -> null;
            case HTTP -> new GenericHttpSmsGateway(settings);
            case TWILIO -> new TwilioSmsGateway(settings);
        };
    }
}
