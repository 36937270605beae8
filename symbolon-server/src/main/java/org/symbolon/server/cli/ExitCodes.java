package org.symbolon.server.cli;

/** The exit codes of every command, listed in docs/cli.md. */
final class ExitCodes {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    /** No such user, or no such group. */
    static final int NOT_FOUND = 3;
    static final int NO_SUCH_USER = NOT_FOUND;
    static final int DATABASE_UNREACHABLE = 4;
    static final int UNEXPECTED = 5;

    private ExitCodes() {
    }
}
