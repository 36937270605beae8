package org.symbolon.server.cli;

import java.net.ConnectException;
import java.sql.SQLException;

/** Turns a failure into one line for a person at a console, without a stack trace. */
final class CliFailures {

    private CliFailures() {
    }

    static boolean isDatabaseUnreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable exception) {
        if (isDatabaseUnreachable(exception)) {
            return "cannot reach the database (" + deepest(exception).getMessage()
                    + "). Check SYMBOLON_DB_URL, or the data directory and its permissions.";
        }
        return String.valueOf(deepest(exception).getMessage());
    }

    private static Throwable deepest(Throwable exception) {
        Throwable deepest = exception;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return deepest;
    }
}
