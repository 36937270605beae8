package org.symbolon.server;

import org.symbolon.server.cli.Cli;

/** Entry point of the jar: every command, {@code serve} included, goes through the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // H2's AUTO_SERVER (how console commands reach the file a running server holds) would
        // listen on every interface; a second process needs the local .lock.db file anyway.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        Cli.Result result = Cli.execute(args);
        // A started server keeps the JVM alive on its own threads; every other command ends here.
        if (!result.serverRunning()) {
            System.exit(result.exitCode());
        }
    }
}
