package org.symbolon.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.symbolon.core.text.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A console command that works on the database: checks its arguments, starts the small
 * application context, runs, and returns the exit code of docs/cli.md.
 */
abstract class ConsoleCommand implements Callable<Integer> {

    @Mixin
    SettingsOptions settings;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            // Before the context starts: a typo costs no database connection and no waiting.
            checkArguments();
            try (ConfigurableApplicationContext context = CliContext.start(settings, spec.commandLine())) {
                return run(context);
            }
        } catch (InputProblem problem) {
            return fail(ExitCodes.USAGE, CliMessages.describe(problem));
        }
    }

    /**
     * Checks what can be checked without the database.
     *
     * @throws BadValue or {@link InputProblem} for a value no command could mean
     */
    void checkArguments() {
    }

    abstract int run(ApplicationContext context);

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final CommandLine commandLine() {
        return spec.commandLine();
    }

    /** Prints the one {@code Error:} line of a failure and returns its exit code. */
    final int fail(int exitCode, String message) {
        spec.commandLine().getErr().println("Error: " + message);
        return exitCode;
    }

    final BadValue badValue(String message) {
        return new BadValue(spec.commandLine(), message);
    }
}
