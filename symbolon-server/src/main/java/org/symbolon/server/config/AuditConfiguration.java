package org.symbolon.server.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.audit.AuditSearch;
import org.symbolon.core.audit.SecurityEventQuery;

/**
 * Reading the audit log, for the pages, the API and the console (which loads this package but not
 * the retention job: a console command must not start deleting events).
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditSearch auditSearch(SecurityEventQuery events, UserStore users) {
        return new AuditSearch(events, users);
    }
}
