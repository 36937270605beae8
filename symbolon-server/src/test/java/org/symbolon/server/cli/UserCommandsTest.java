package org.symbolon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user commands against an H2 file of their own, as an operator runs them: each command
 * starts, does its work and exits with the documented code.
 */
class UserCommandsTest {

    private static final String PASSWORD = "quiet-meadow-copper-engine\n";

    @TempDir
    Path data;

    private CliRun run(String stdin, String... args) {
        String[] withData = new String[args.length + 1];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data=" + data;
        return CliRun.of(stdin, withData);
    }

    @Test
    void createListShowAndChangeAUser() {
        CliRun created = run(PASSWORD, "user", "create", "Alice", "--role", "admin", "--email", "alice@example.org",
                "--display-name", "Alice L.", "--password-stdin");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created admin Alice.");

        run(PASSWORD, "user", "create", "bob", "--password-stdin");
        CliRun list = run("", "user", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("Alice", "ADMIN", "alice@example.org", "bob", "USER");

        CliRun show = run("", "user", "show", "ALICE");
        assertThat(show.out()).contains("Alice L.", "ACTIVE");

        assertThat(run("", "user", "disable", "bob").exitCode()).isZero();
        assertThat(run("", "user", "show", "bob").out()).contains("DISABLED");
        assertThat(run("", "user", "enable", "bob").exitCode()).isZero();
        assertThat(run("", "user", "set-role", "bob", "ADMIN").exitCode()).isZero();
        assertThat(run("", "user", "show", "bob").out()).contains("ADMIN");
        assertThat(run("amber-falcon-river-stone-x\n", "user", "reset-password", "bob", "--password-stdin").exitCode())
                .isZero();
    }

    @Test
    void everyAccountChangeIsASecurityEventOfTheConsole() {
        run(PASSWORD, "user", "create", "root", "--role", "admin", "--password-stdin");
        run(PASSWORD, "user", "create", "bob", "--password-stdin");
        assertThat(run("", "user", "disable", "bob").exitCode()).isZero();
        assertThat(run("", "user", "enable", "bob").exitCode()).isZero();
        assertThat(run("", "user", "set-role", "bob", "admin").exitCode()).isZero();
        assertThat(run("amber-falcon-river-stone-x\n", "user", "reset-password", "bob", "--password-stdin").exitCode()).isZero();

        ConsoleDatabase db = ConsoleDatabase.in(data);
        assertThat(db.lastEvent("USER_CREATED")).isEqualTo(event("USER_CREATED", "bob", "role USER"));
        assertThat(db.events("USER_CREATED")).hasSize(2);
        assertThat(db.lastEvent("USER_DISABLED")).isEqualTo(event("USER_DISABLED", "bob", ""));
        assertThat(db.lastEvent("USER_ENABLED")).isEqualTo(event("USER_ENABLED", "bob", ""));
        assertThat(db.lastEvent("ROLE_CHANGED")).isEqualTo(event("ROLE_CHANGED", "bob", "role ADMIN"));
        assertThat(db.lastEvent("PASSWORD_RESET")).isEqualTo(event("PASSWORD_RESET", "bob", ""));
        assertThat(db.user("bob").get("MUST_CHANGE_PASSWORD")).isEqualTo(true);

        // What changes nothing records nothing.
        long events = db.eventCount();
        assertThat(run("", "user", "set-role", "bob", "admin").out()).contains("bob is admin already.");
        assertThat(run("", "user", "enable", "bob").out()).contains("bob is enabled already.");
        assertThat(run("", "user", "disable", "root").exitCode()).isZero();
        assertThat(db.eventCount()).isEqualTo(events + 1);
    }

    private static ConsoleDatabase.Event event(String type, String username, String detail) {
        return new ConsoleDatabase.Event(type, username, "console", "console", detail);
    }

    @Test
    void unknownUserExitsWithThree() {
        for (String[] command : new String[][] {
            {"user", "show", "nobody"}, {"user", "disable", "nobody"}, {"user", "enable", "nobody"},
            {"user", "set-role", "nobody", "user"}, {"user", "reset-password", "nobody", "--password-stdin"}}) {
            CliRun result = run("amber-falcon-river-stone\n", command);
            assertThat(result.exitCode()).as(String.join(" ", command)).isEqualTo(3);
            assertThat(result.err()).contains("no such user");
        }
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertThat(run("", "user", "create").exitCode()).isEqualTo(2);
        assertThat(run("", "user", "frobnicate").exitCode()).isEqualTo(2);
        assertThat(run("", "user", "create", "bob", "--role", "king", "--password-stdin").err()).contains("Unknown role");
        CliRun badName = run(PASSWORD, "user", "create", "bob!", "--password-stdin");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("username");
        CliRun noTerminal = run("", "user", "create", "bob");
        assertThat(noTerminal.exitCode()).isEqualTo(2);
        assertThat(noTerminal.err()).contains("--password-stdin");
    }

    @Test
    void refusalsExitWithOne() {
        run(PASSWORD, "user", "create", "alice", "--role", "admin", "--password-stdin");

        CliRun taken = run(PASSWORD, "user", "create", "ALICE", "--password-stdin");
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).contains("taken");

        CliRun weak = run("password123\n", "user", "create", "bob", "--password-stdin");
        assertThat(weak.exitCode()).isEqualTo(1);
        assertThat(weak.err()).contains("commonly used");

        CliRun shortAdmin = run("amber-falcon\n", "user", "create", "carol", "--role", "admin", "--password-stdin");
        assertThat(shortAdmin.err()).contains("at least 15");

        CliRun lastAdmin = run("", "user", "disable", "alice");
        assertThat(lastAdmin.exitCode()).isEqualTo(1);
        assertThat(lastAdmin.err()).contains("no active administrator");
    }

    @Test
    void unreachableDatabaseExitsWithFourAndNoStackTrace() {
        CliRun result = CliRun.of("", "user", "list", "--data=" + data,
                "--config=" + writeConfig("symbolon:\n  db:\n    url: jdbc:postgresql://127.0.0.1:1/nothing\n"));
        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("cannot reach the database").doesNotContain("\tat ");
    }

    @Test
    void aNamedSettingsFileMustExist() {
        CliRun result = CliRun.of("", "user", "list", "--data=" + data, "--config=" + data.resolve("typo.yml"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("No settings file");
    }

    @Test
    void aNamedSettingsFileIsRead() {
        Path other = data.resolve("other");
        CliRun created = CliRun.of(PASSWORD, "user", "create", "zoe", "--password-stdin",
                "--config=" + writeConfig("symbolon:\n  data-dir: " + other + "\n"));
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(other.resolve("symbolon.mv.db")).exists();
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRun help = CliRun.of("", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("serve", "user", "group", "policy", "Exit codes", "database unreachable",
                "no such user or group");
        assertThat(CliRun.of("", "user", "--help").out())
                .contains("create", "list", "show", "disable", "enable", "reset-password", "set-role", "require-2fa",
                        "exempt", "reset-2fa", "unlock", "bypass-code");
        assertThat(CliRun.of("", "group", "--help").out())
                .contains("list", "show", "create", "delete", "add", "remove", "require-2fa");
        assertThat(CliRun.of("", "policy", "--help").out()).contains("show", "set");
    }

    private Path writeConfig(String yaml) {
        try {
            return java.nio.file.Files.writeString(data.resolve("symbolon.yml"), yaml);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
