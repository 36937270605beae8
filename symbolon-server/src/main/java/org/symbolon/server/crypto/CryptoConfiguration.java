package org.symbolon.server.crypto;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbolon.core.secret.SecretSealer;
import org.symbolon.server.config.SymbolonProperties;

/** Loads the keyset once at start-up; a missing or broken keyset stops the start, not a sign-in. */
@Configuration(proxyBeanMethods = false)
public class CryptoConfiguration {

    @Bean
    KeysetFile keysetFile(SymbolonProperties properties) {
        return KeysetFile.loadOrCreate(properties.keysetPath());
    }

    @Bean
    SecretSealer secretSealer(KeysetFile keys) {
        return new TinkSecretSealer(keys);
    }
}
