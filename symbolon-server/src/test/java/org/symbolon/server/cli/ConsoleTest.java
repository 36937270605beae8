package org.symbolon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Console commands against an H2 file of their own, run in-process as an operator would type them. */
abstract class ConsoleTest {

    static final String ADMIN_PASSWORD = "quiet-meadow-copper-engine";
    static final String USER_PASSWORD = "violet-harbour-lantern";

    @TempDir
    Path data;

    /** Runs the command with {@code --data} pointing at this test's directory. */
    CliRun runWithInput(String stdin, String... args) {
        String[] withData = new String[args.length + 1];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data=" + data;
        return CliRun.of(stdin, withData);
    }

    CliRun run(String... args) {
        return runWithInput("", args);
    }

    /** Runs a command that must succeed, and returns what it printed. */
    String succeed(String... args) {
        CliRun result = run(args);
        assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result.out();
    }

    void createAdmin(String name) {
        CliRun created = runWithInput(ADMIN_PASSWORD + "\n", "user", "create", name, "--role", "admin", "--password-stdin");
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    void createUser(String name) {
        CliRun created = runWithInput(USER_PASSWORD + "\n", "user", "create", name, "--password-stdin");
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    ConsoleDatabase database() {
        return ConsoleDatabase.in(data);
    }

    /** The command failed with this exit code and one {@code Error:} line that says so. */
    static void assertFails(CliRun result, int exitCode, String message) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        assertThat(result.err()).startsWith("Error: ").contains(message).doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }
}
