package org.symbolon.server.web;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.setup.FirstAdminSetup;
import org.symbolon.core.setup.SetupToken;
import org.symbolon.server.config.SymbolonProperties;

/**
 * On an instance with no account yet, prints the one-time link that creates the first
 * administrator. It goes to the console, not to the log: log files are kept and shipped, and the
 * link is a secret for the next 30 minutes.
 */
@Component
class SetupLinkPrinter implements ApplicationRunner {

    private final UserStore users;
    private final FirstAdminSetup setup;
    private final SymbolonProperties properties;
    private final Environment environment;

    SetupLinkPrinter(UserStore users, FirstAdminSetup setup, SymbolonProperties properties, Environment environment) {
        this.users = users;
        this.setup = setup;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!users.isEmpty()) {
            return;
        }
        // System.out as it is now, not as it was when this bean was made.
        PrintStream console = System.out;
        SetupToken token = setup.issue();
        console.println();
        console.println("  Symbolon has no administrator yet. Open this link within 30 minutes to create one:");
        console.println();
        // The port the server really listens on, which differs from the setting when that is 0.
        int port = environment.getProperty("local.server.port", Integer.class, properties.port());
        console.println("    " + properties.baseUrl(port) + "/setup?token=" + token.secret());
        console.println();
        console.println("  (Or on the command line: symbolon user create NAME --role admin)");
        console.println();
        console.flush();
    }
}
