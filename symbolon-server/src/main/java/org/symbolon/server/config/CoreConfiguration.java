package org.symbolon.server.config;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountSelfService;
import org.symbolon.core.account.UserSessions;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.login.PasswordAttemptStore;
import org.symbolon.core.login.PasswordLogin;
import org.symbolon.core.password.CommonPasswords;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.core.password.PasswordPolicy;
import org.symbolon.core.setup.FirstAdminSetup;
import org.symbolon.server.policy.CurrentPolicy;

/** Wires the framework-free core to the server's adapters, once, at start-up. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(CommonPasswords.shipped());
    }

    @Bean
    PasswordLogin passwordLogin(UserStore users, PasswordAttemptStore attempts, PasswordHasher hasher,
            CurrentPolicy policy, Clock clock) {
        return new PasswordLogin(users, attempts, hasher, policy, clock);
    }

    @Bean
    AccountAdministration accountAdministration(
            UserStore users, PasswordPolicy policy, PasswordHasher hasher, UserSessions sessions, Clock clock) {
        return new AccountAdministration(users, policy, hasher, sessions, clock);
    }

    @Bean
    AccountSelfService accountSelfService(
            UserStore users, PasswordPolicy policy, PasswordHasher hasher, UserSessions sessions) {
        return new AccountSelfService(users, policy, hasher, sessions);
    }

    @Bean
    FirstAdminSetup firstAdminSetup(Clock clock, SecureRandom random) {
        return new FirstAdminSetup(clock, random);
    }
}
