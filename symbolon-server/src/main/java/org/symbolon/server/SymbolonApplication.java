package org.symbolon.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web server: pages, REST API, and everything the command line has too. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SymbolonApplication {
}
