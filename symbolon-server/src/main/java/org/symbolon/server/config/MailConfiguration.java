package org.symbolon.server.config;

import java.time.Clock;
import java.util.Properties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.notify.MailLanguageStore;
import org.symbolon.core.notify.MailSender;
import org.symbolon.core.notify.NotifyingSecurityEventLog;
import org.symbolon.core.notify.SecurityNoticeMailer;
import org.symbolon.server.notify.AfterCommitNoticeOutbox;
import org.symbolon.server.notify.JakartaMailSender;
import org.symbolon.server.notify.ThymeleafNoticeMailComposer;
import org.symbolon.server.persistence.JdbcSecurityEventLog;
import org.thymeleaf.ITemplateEngine;

/**
 * Mail, only when {@code symbolon.mail.host} is set. Then every security event goes through
 * {@link NotifyingSecurityEventLog}, the one {@link SecurityEventLog} everybody gets (it is
 * {@code @Primary}), so that users hear of the events that concern them. In the server and in
 * console commands alike (this package is loaded by both).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailConfigured.class)
public class MailConfiguration {

    @Bean
    JavaMailSenderImpl javaMailSender(SymbolonProperties properties) {
        MailSettings settings = properties.mail();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        boolean implicitTls = settings.security() == MailSettings.Security.TLS;
        String protocol = implicitTls ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        sender.setHost(settings.host());
        sender.setPort(settings.effectivePort());
        sender.setDefaultEncoding("UTF-8");
        Properties javaMail = new Properties();
        String prefix = "mail." + protocol + ".";
        if (!settings.user().isEmpty()) {
            sender.setUsername(settings.user());
            sender.setPassword(settings.password());
            javaMail.setProperty(prefix + "auth", "true");
        }
        if (settings.security() == MailSettings.Security.STARTTLS) {
            // Required, not merely enabled: a server (or a man in the middle) that does not offer
            // STARTTLS must not get the mail in clear (RFC 3207 §6).
            javaMail.setProperty(prefix + "starttls.enable", "true");
            javaMail.setProperty(prefix + "starttls.required", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            // The certificate must name the host (RFC 6125); Jakarta Mail does not check it by default.
            javaMail.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        javaMail.setProperty(prefix + "connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        javaMail.setProperty(prefix + "timeout", Long.toString(settings.timeout().toMillis()));
        javaMail.setProperty(prefix + "writetimeout", Long.toString(settings.timeout().toMillis()));
        sender.setJavaMailProperties(javaMail);
        return sender;
    }

    @Bean
    MailSender mailSender(JavaMailSenderImpl javaMailSender, SymbolonProperties properties, Clock clock) {
        return new JakartaMailSender(javaMailSender, properties.mail().from(), properties.serviceName(), clock);
    }

    @Bean
    SecurityNoticeMailer securityNoticeMailer(UserStore users, MailLanguageStore languages, MessageSource messages,
            ITemplateEngine templates, MailSender sender, SymbolonProperties properties) {
        return new SecurityNoticeMailer(users, languages, properties.mail().defaultLanguage(),
                new ThymeleafNoticeMailComposer(messages, templates, properties.serviceName()), sender);
    }

    /** Closed with the application: what waits is sent first, within the time of two mails. */
    @Bean(destroyMethod = "close")
    AfterCommitNoticeOutbox securityNoticeOutbox(SecurityNoticeMailer mailer, SymbolonProperties properties) {
        long twoMails = 2 * (properties.mail().connectTimeout().toMillis() + properties.mail().timeout().toMillis());
        return new AfterCommitNoticeOutbox(mailer, twoMails);
    }

    @Bean
    @Primary
    SecurityEventLog notifyingSecurityEventLog(JdbcSecurityEventLog log, AfterCommitNoticeOutbox outbox) {
        return new NotifyingSecurityEventLog(log, outbox);
    }
}
