package org.symbolon.server.token;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.token.ApiTokenAdministration;
import org.symbolon.core.token.ApiTokenHasher;
import org.symbolon.core.token.ApiTokenStore;
import org.symbolon.core.token.ApiTokenVerifier;
import org.symbolon.server.crypto.KeysetFile;
import org.symbolon.server.crypto.TinkApiTokenHasher;

/** The API-token services of the core, wired once to the server's store and keys. */
@Configuration(proxyBeanMethods = false)
public class ApiTokenConfiguration {

    @Bean
    ApiTokenHasher apiTokenHasher(KeysetFile keys) {
        return new TinkApiTokenHasher(keys);
    }

    @Bean
    ApiTokenAdministration apiTokenAdministration(ApiTokenStore store, ApiTokenHasher hasher, SecurityEventLog events,
            SecureRandom random, Clock clock) {
        return new ApiTokenAdministration(store, hasher, events, random, clock);
    }

    @Bean
    ApiTokenVerifier apiTokenVerifier(ApiTokenStore store, ApiTokenHasher hasher) {
        return new ApiTokenVerifier(store, hasher);
    }
}
