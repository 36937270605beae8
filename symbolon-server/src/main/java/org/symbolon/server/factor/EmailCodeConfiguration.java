package org.symbolon.server.factor;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.email.EmailCodeCheck;
import org.symbolon.core.email.EmailCodeHasher;
import org.symbolon.core.email.EmailCodeLimits;
import org.symbolon.core.email.EmailCodeMailer;
import org.symbolon.core.email.EmailCodeSending;
import org.symbolon.core.email.EmailCodeStore;
import org.symbolon.core.email.EmailFactorEnrollment;
import org.symbolon.core.email.EmailFactorStore;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.notify.MailLanguageStore;
import org.symbolon.core.notify.MailSender;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.server.config.SymbolonProperties;
import org.symbolon.server.notify.ThymeleafCodeMailComposer;
import org.symbolon.server.policy.CurrentPolicy;
import org.thymeleaf.ITemplateEngine;

/**
 * E-mail codes as a second factor. Always wired: without a mail server (no {@link MailSender}
 * bean) every request for a code is refused as "mail is off", which pages and the API say.
 */
@Configuration(proxyBeanMethods = false)
public class EmailCodeConfiguration {

    @Bean
    EmailCodeMailer emailCodeMailer(ObjectProvider<MailSender> sender, MessageSource messages, ITemplateEngine templates,
            MailLanguageStore languages, SymbolonProperties properties, Clock clock) {
        return new EmailCodeMailer(sender.getIfAvailable(),
                new ThymeleafCodeMailComposer(messages, templates, properties.serviceName(), clock), languages,
                properties.mail().defaultLanguage());
    }

    @Bean
    EmailCodeCheck emailCodeCheck(EmailCodeStore codes, EmailCodeHasher hasher) {
        return new EmailCodeCheck(codes, hasher, EmailCodeLimits.DEFAULT.triesPerCode());
    }

    @Bean
    EmailCodeSending emailCodeSending(EmailCodeStore codes, EmailFactorStore factors, SecondStepStore contexts,
            EmailCodeMailer mailer, EmailCodeHasher hasher, SecurityEventLog events, CurrentPolicy policy,
            SecureRandom random, Clock clock) {
        return new EmailCodeSending(codes, factors, contexts, mailer, hasher, events, policy, EmailCodeLimits.DEFAULT,
                random, clock);
    }

    @Bean
    EmailFactorEnrollment emailFactorEnrollment(UserStore users, PasswordHasher passwordHasher,
            EmailFactorStore factors, SecondStepStore contexts, EmailCodeSending sending, EmailCodeCheck check,
            SecurityEventLog events, CurrentPolicy policy, Clock clock) {
        return new EmailFactorEnrollment(users, passwordHasher, factors, contexts, sending, check, events, policy, clock);
    }
}
