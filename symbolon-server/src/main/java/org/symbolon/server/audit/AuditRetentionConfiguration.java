package org.symbolon.server.audit;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.symbolon.core.audit.AuditRetention;
import org.symbolon.core.audit.SecurityEventPruning;
import org.symbolon.server.config.SymbolonProperties;

/**
 * Scheduling, for the hourly deletion of old audit events. In the server only: the console's
 * context ({@code CliApplication}) does not scan this package.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class AuditRetentionConfiguration {

    @Bean
    AuditRetention auditRetention(SecurityEventPruning events, SymbolonProperties properties, Clock clock) {
        return new AuditRetention(events, properties.audit().retention(), clock);
    }
}
