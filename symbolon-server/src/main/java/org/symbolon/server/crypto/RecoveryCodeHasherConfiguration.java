package org.symbolon.server.crypto;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbolon.core.email.EmailCodeHasher;
import org.symbolon.core.recovery.RecoveryCodeHasher;

/** The keyed hash of recovery codes, under the MAC key of the keyset that {@link CryptoConfiguration} loads. */
@Configuration(proxyBeanMethods = false)
public class RecoveryCodeHasherConfiguration {

    @Bean
    RecoveryCodeHasher recoveryCodeHasher(KeysetFile keys) {
        return new TinkRecoveryCodeHasher(keys);
    }

    /** E-mail codes (4/4), under the same key. */
    @Bean
    EmailCodeHasher emailCodeHasher(KeysetFile keys) {
        return new TinkEmailCodeHasher(keys);
    }
}
