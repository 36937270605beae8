package org.symbolon.server.cli;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.symbolon.server.account.SpringPasswordHasher;

/**
 * What the console commands need and no more: settings, the database with its migrations, and
 * the core services. No web server, so a command starts fast and runs beside a running server.
 * Not a {@code @Configuration}, so that the web application's component scan passes it by.
 */
@EnableAutoConfiguration
@ConfigurationPropertiesScan("org.symbolon.server.config")
@ComponentScan({"org.symbolon.server.config", "org.symbolon.server.persistence", "org.symbolon.server.policy",
        "org.symbolon.server.crypto"})
@Import(SpringPasswordHasher.class)
public class CliApplication {
}
