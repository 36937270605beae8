package org.symbolon.server.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Parses and runs a command line, mapping failures to the documented exit codes. */
public final class Cli {

    /** How a command ended; {@code serverRunning} when {@code serve} started a server that goes on. */
    public record Result(int exitCode, boolean serverRunning) {
    }

    private Cli() {
    }

    public static Result execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static Result execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new SymbolonCommand())
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(Cli::exitCodeOf)
                .setParameterExceptionHandler(Cli::reportBadArguments)
                .setExecutionExceptionHandler((exception, line, parsed) -> {
                    line.getErr().println("Error: " + CliFailures.describe(exception));
                    return exitCodeOf(exception);
                });
        int exitCode = commandLine.execute(args);
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        boolean serving = exitCode == ExitCodes.OK && parsed != null && parsed.hasSubcommand()
                && parsed.subcommand().commandSpec().userObject() instanceof ServeCommand;
        return new Result(exitCode, serving);
    }

    /**
     * One {@code Error:} line instead of picocli's whole usage text, which would bury the one
     * thing to fix; a mistake in the form of the command line (not in a value) gets a pointer to
     * the command's help as well.
     */
    private static int reportBadArguments(CommandLine.ParameterException exception, String[] args) {
        CommandLine line = exception.getCommandLine();
        PrintWriter err = line.getErr();
        err.println("Error: " + exception.getMessage());
        if (!(exception instanceof BadValue)) {
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            err.println("See '" + line.getCommandSpec().qualifiedName() + " --help'.");
        }
        return ExitCodes.USAGE;
    }

    private static int exitCodeOf(Throwable exception) {
        if (exception instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        return CliFailures.isDatabaseUnreachable(exception) ? ExitCodes.DATABASE_UNREACHABLE : ExitCodes.UNEXPECTED;
    }
}
