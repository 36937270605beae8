package org.symbolon.server.factor;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.attempt.AttemptPolicy;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.email.EmailCodeCheck;
import org.symbolon.core.email.EmailFactorStore;
import org.symbolon.core.oob.OutOfBandCodeCheck;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.SmsFactorStore;
import org.symbolon.core.factor.BypassCodeStore;
import org.symbolon.core.factor.HotpEnrollment;
import org.symbolon.core.factor.HotpResynchronization;
import org.symbolon.core.factor.HotpTokenStore;
import org.symbolon.core.factor.Reconfirmation;
import org.symbolon.core.factor.RecoveryCodeIssuer;
import org.symbolon.core.factor.RecoveryCodeStore;
import org.symbolon.core.factor.SecondFactorAttemptStore;
import org.symbolon.core.factor.SecondFactorManagement;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.SecondFactorVerification;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.factor.SecurityKeyStore;
import org.symbolon.core.factor.TotpCredentialStore;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.core.factor.TotpSecrets;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.core.recovery.RecoveryCodeGenerator;
import org.symbolon.core.recovery.RecoveryCodeHasher;
import org.symbolon.core.secret.SecretSealer;
import org.symbolon.server.config.SymbolonProperties;
import org.symbolon.server.policy.CurrentPolicy;

/** The second-factor services of the core, wired once to the server's stores and keys. */
@Configuration(proxyBeanMethods = false)
public class FactorConfiguration {

    @Bean
    TotpSecrets totpSecrets(SecretSealer sealer) {
        return new TotpSecrets(sealer);
    }

    @Bean
    RecoveryCodeIssuer recoveryCodeIssuer(SecureRandom random, RecoveryCodeHasher hasher, RecoveryCodeStore store,
            CurrentPolicy policy) {
        return new RecoveryCodeIssuer(new RecoveryCodeGenerator(random), hasher, store,
                () -> policy.get().allows(SecondFactorMethod.RECOVERY_CODE));
    }

    @Bean
    SecondFactorVerification secondFactorVerification(SecondStepStore contexts, TotpCredentialStore credentials,
            HotpTokenStore tokens, RecoveryCodeStore codes, BypassCodeStore bypassCodes,
            SecondFactorAttemptStore attempts, TotpSecrets secrets, RecoveryCodeHasher hasher, SecurityEventLog events,
            SymbolonProperties properties, Clock clock, EmailCodeCheck emailCodes,
            OutOfBandCodeCheck<PhoneNumber> smsCodes) {
        return new SecondFactorVerification(contexts, credentials, tokens, codes, bypassCodes, attempts, secrets, hasher, events,
                AttemptPolicy.DEFAULT, properties.totp().window(), clock, emailCodes, smsCodes);
    }

    @Bean
    TotpEnrollment totpEnrollment(UserStore users, PasswordHasher hasher, TotpCredentialStore credentials,
            HotpTokenStore tokens, TotpSecrets secrets, RecoveryCodeIssuer issuer, SecurityEventLog events, CurrentPolicy policy,
            SecureRandom random, Clock clock) {
        return new TotpEnrollment(users, hasher, credentials, tokens, secrets, issuer, events,
                policy::totpDefaults, policy::serviceName, () -> policy.get().allows(SecondFactorMethod.TOTP), random, clock);
    }

    @Bean
    Reconfirmation reconfirmation(UserStore users, PasswordHasher hasher, TotpCredentialStore credentials,
            HotpTokenStore tokens, SecondFactorVerification verification) {
        return new Reconfirmation(users, hasher, credentials, tokens, verification);
    }

    @Bean
    HotpEnrollment hotpEnrollment(UserStore users, PasswordHasher hasher, HotpTokenStore tokens,
            TotpCredentialStore credentials, TotpSecrets secrets, RecoveryCodeIssuer issuer, SecurityEventLog events,
            CurrentPolicy policy, SecureRandom random, Clock clock) {
        return new HotpEnrollment(users, hasher, tokens, credentials, secrets, issuer, events, policy::serviceName,
                () -> policy.get().allows(SecondFactorMethod.HOTP), random, clock);
    }

    @Bean
    HotpResynchronization hotpResynchronization(UserStore users, PasswordHasher hasher, HotpTokenStore tokens,
            SecondFactorAttemptStore attempts, TotpSecrets secrets, SecurityEventLog events, Clock clock) {
        return new HotpResynchronization(users, hasher, tokens, attempts, secrets, events, AttemptPolicy.DEFAULT, clock);
    }

    @Bean
    SecondFactorManagement secondFactorManagement(UserStore users, PasswordHasher hasher,
            TotpCredentialStore credentials, HotpTokenStore tokens, RecoveryCodeStore codes, RecoveryCodeIssuer issuer,
            SecondFactorVerification verification, SecurityEventLog events, EmailFactorStore emailFactors,
            SmsFactorStore smsFactors, Clock clock, SecurityKeyStore securityKeys) {
        return new SecondFactorManagement(users, hasher, credentials, tokens, codes, issuer, verification, events,
                emailFactors, smsFactors, clock, securityKeys);
    }
}
