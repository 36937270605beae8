package org.symbolon.server.cli;

import picocli.CommandLine;

/**
 * A value on the command line that no command could mean (0 hours, an unknown requirement):
 * exit code 2 with one line that names the option and what it takes.
 */
final class BadValue extends CommandLine.ParameterException {

    BadValue(CommandLine commandLine, String message) {
        super(commandLine, message);
    }
}
