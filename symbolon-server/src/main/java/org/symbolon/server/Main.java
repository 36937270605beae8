package org.symbolon.server;

import org.symbolon.server.cli.Cli;

/** Entry point of the jar: every command, {@code serve} included, goes through the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Cli.Result result = Cli.execute(args);
        // A started server keeps the JVM alive on its own threads; every other command ends here.
        if (!result.serverRunning()) {
            System.exit(result.exitCode());
        }
    }
}
