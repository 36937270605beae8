package org.symbolon.server.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Reads a password from standard input (one line, for scripts) or from the terminal without
 * echo. Never from an argument: arguments show up in the process list and the shell history.
 */
final class PasswordInput {

    private PasswordInput() {
    }

    static String read(boolean fromStdin, CommandLine commandLine) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandLine.ParameterException(commandLine, "No terminal to ask for the password: pass --password-stdin.");
        }
        char[] first = console.readPassword("New password: ");
        char[] second = console.readPassword("Repeat it: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new CommandLine.ParameterException(commandLine, "The two passwords differ.");
        }
        return new String(first);
    }
}
