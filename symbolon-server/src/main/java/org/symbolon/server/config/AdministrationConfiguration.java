package org.symbolon.server.config;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbolon.core.account.UserSessions;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.email.EmailFactorStore;
import org.symbolon.core.sms.SmsFactorStore;
import org.symbolon.core.factor.BypassCodeStore;
import org.symbolon.core.factor.RecoveryCodeStore;
import org.symbolon.core.factor.SecondFactorAttemptStore;
import org.symbolon.core.factor.SecurityKeyStore;
import org.symbolon.core.factor.HotpTokenStore;
import org.symbolon.core.factor.TotpCredentialStore;
import org.symbolon.core.group.GroupAdministration;
import org.symbolon.core.group.GroupStore;
import org.symbolon.core.policy.FactorCensus;
import org.symbolon.core.policy.PolicyAdministration;
import org.symbolon.core.recovery.RecoveryCodeGenerator;
import org.symbolon.core.recovery.RecoveryCodeHasher;
import org.symbolon.server.policy.CurrentPolicy;

/** The administrators' services of the core: policy, groups, and help with users' second factors. */
@Configuration(proxyBeanMethods = false)
public class AdministrationConfiguration {

    @Bean
    PolicyAdministration policyAdministration(CurrentPolicy policy, UserStore users, SecurityEventLog events,
            FactorCensus census, Clock clock) {
        return new PolicyAdministration(policy, users, events, census, clock);
    }

    @Bean
    GroupAdministration groupAdministration(GroupStore groups, UserStore users, SecurityEventLog events, Clock clock) {
        return new GroupAdministration(groups, users, events, clock);
    }

    @Bean
    TwoFactorSupport twoFactorSupport(UserStore users, TotpCredentialStore credentials, HotpTokenStore tokens,
            RecoveryCodeStore codes,
            SecondFactorAttemptStore attempts, BypassCodeStore bypassCodes, GroupStore groups, SecureRandom random,
            RecoveryCodeHasher hasher, UserSessions sessions, SecurityEventLog events, CurrentPolicy policy, Clock clock,
            EmailFactorStore emailFactors, SmsFactorStore smsFactors, SecurityKeyStore securityKeys) {
        return new TwoFactorSupport(users, credentials, tokens, codes, attempts, bypassCodes, groups,
                new RecoveryCodeGenerator(random), hasher, sessions, events, policy, clock, emailFactors, smsFactors,
                securityKeys);
    }
}
