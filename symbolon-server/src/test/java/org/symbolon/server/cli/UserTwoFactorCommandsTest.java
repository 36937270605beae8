package org.symbolon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.symbolon.server.cli.ConsoleDatabase.Event;

/**
 * Helping users with their second factor from the console: each command changes the database,
 * records a security event with the actor {@code console}, and refuses what it cannot do with
 * one line and the documented exit code.
 */
class UserTwoFactorCommandsTest extends ConsoleTest {

    private static final Pattern BYPASS_CODE = Pattern.compile("(?m)^    ([0-9a-z]{4}(-[0-9a-z]{4}){3})$");

    @BeforeEach
    void anAdministratorAndAUser() {
        createAdmin("root");
        createUser("alice");
    }

    @Test
    void requireAndExemptSetTheRuleAndOffReturnsToThePolicy() {
        assertThat(succeed("user", "require-2fa", "ALICE")).contains("alice must use a second factor now");
        assertThat(database().user("alice").get("TWO_FACTOR_RULE")).isEqualTo("REQUIRED");
        assertConsoleEvent(database().lastEvent("TWO_FACTOR_RULE_CHANGED"), "alice", "REQUIRED");

        assertThat(succeed("user", "exempt", "alice")).contains("EXEMPT");
        assertThat(database().user("alice").get("TWO_FACTOR_RULE")).isEqualTo("EXEMPT");
        assertConsoleEvent(database().lastEvent("TWO_FACTOR_RULE_CHANGED"), "alice", "EXEMPT");

        // Taking back a rule that is not set changes nothing: it must not end an exemption.
        long events = database().eventCount();
        assertThat(succeed("user", "require-2fa", "alice", "--off")).contains("Nothing to undo");
        assertThat(database().user("alice").get("TWO_FACTOR_RULE")).isEqualTo("EXEMPT");
        assertThat(database().eventCount()).isEqualTo(events);

        assertThat(succeed("user", "exempt", "alice", "--off")).contains("follows the instance policy again");
        assertThat(database().user("alice").get("TWO_FACTOR_RULE")).isEqualTo("POLICY");
        assertConsoleEvent(database().lastEvent("TWO_FACTOR_RULE_CHANGED"), "alice", "POLICY");
    }

    @Test
    void exemptingTheLastActiveAdministratorIsRefused() {
        assertFails(run("user", "exempt", "root"), 1, "last active administrator");
        assertThat(database().user("root").get("TWO_FACTOR_RULE")).isEqualTo("POLICY");
        assertThat(database().events("TWO_FACTOR_RULE_CHANGED")).isEmpty();

        createAdmin("second");
        assertThat(succeed("user", "exempt", "root")).contains("EXEMPT");
    }

    @Test
    void resetTwoFactorRemovesEverythingAndUnlocks() {
        succeed("user", "bypass-code", "alice", "--hours", "2");
        database().lockedOutWithAnAuthenticator("alice", 8);

        String out = succeed("user", "reset-2fa", "alice");
        assertThat(out).contains("removed 1 authenticator, 1 hardware token, 8 unused recovery codes and the bypass code");
        ConsoleDatabase db = database();
        long id = db.userId("alice");
        assertThat(db.count("SELECT COUNT(*) FROM totp_credentials WHERE user_id = ?", id)).isZero();
        assertThat(db.count("SELECT COUNT(*) FROM hotp_tokens WHERE user_id = ?", id)).isZero();
        assertThat(db.count("SELECT COUNT(*) FROM recovery_codes WHERE user_id = ?", id)).isZero();
        assertThat(db.count("SELECT COUNT(*) FROM bypass_codes WHERE user_id = ?", id)).isZero();
        assertThat(db.user("alice")).containsEntry("SECOND_FACTOR_LOCKED", false).containsEntry("SECOND_FACTOR_FAILURES", 0);
        assertConsoleEvent(db.lastEvent("TWO_FACTOR_RESET"), "alice", "");
    }

    @Test
    void resetTwoFactorOfARequiredUserSaysTheyEnrollAtTheNextSignIn() {
        assertThat(succeed("user", "reset-2fa", "root")).contains("root must enroll a new authenticator at the next sign-in.");
        assertThat(succeed("user", "reset-2fa", "alice")).contains("signs in with the password alone");
    }

    @Test
    void unlockClearsTheFailuresButKeepsTheFactors() {
        database().lockedOutWithAnAuthenticator("alice", 3);
        assertThat(succeed("user", "unlock", "alice")).contains("it was locked after 100 failed attempts");
        ConsoleDatabase db = database();
        assertThat(db.user("alice")).containsEntry("SECOND_FACTOR_LOCKED", false).containsEntry("SECOND_FACTOR_FAILURES", 0);
        assertThat(db.count("SELECT COUNT(*) FROM totp_credentials WHERE user_id = ?", db.userId("alice"))).isEqualTo(1);
        assertConsoleEvent(db.lastEvent("SECOND_FACTOR_UNLOCKED"), "alice", "");
    }

    @Test
    void aBypassCodeIsPrintedOnceAndStoredOnlyAsAHash() {
        Instant before = Instant.now();
        String out = succeed("user", "bypass-code", "alice", "--hours", "3");
        Matcher code = BYPASS_CODE.matcher(out);
        assertThat(code.find()).as(out).isTrue();
        assertThat(out).contains("valid once until", "(3 h)", "not shown again", "alice has no authenticator");

        ConsoleDatabase db = database();
        var row = db.jdbc().sql("SELECT code_hash, expires_at, created_by FROM bypass_codes WHERE user_id = ?")
                .param(db.userId("alice")).query().singleRow();
        assertThat(row.get("CODE_HASH").toString()).doesNotContain(code.group(1)).doesNotContain(code.group(1).replace("-", ""));
        assertThat(row.get("CREATED_BY")).isEqualTo("console");
        Instant expires = ((OffsetDateTime) row.get("EXPIRES_AT")).toInstant();
        assertThat(Duration.between(before, expires)).isBetween(Duration.ofMinutes(179), Duration.ofMinutes(181));
        Event event = db.lastEvent("BYPASS_CODE_ISSUED");
        assertConsoleEvent(event, "alice", "valid 3 h");
        assertThat(event.detail()).doesNotContain(code.group(1));

        // Shown once: nothing else prints it.
        assertThat(succeed("user", "show", "alice")).contains("Bypass code:", "pending, valid until").doesNotContain(code.group(1));
        assertThat(succeed("user", "show", "alice", "--json")).doesNotContain(code.group(1));
    }

    /** LockedOutAdminConsoleTest shows the other side: with the server's keyset the code works. */
    @Test
    void noBypassCodeIsIssuedWithAKeysetThatCannotOpenTheUsersAuthenticator() {
        // The stored key was sealed under no key this command has, as on a console with its own keyset.
        database().lockedOutWithAnAuthenticator("alice", 0);
        CliRun refused = run("user", "bypass-code", "alice", "--hours", "2");
        assertFails(refused, 1, "is not the server's");
        assertThat(refused.err()).contains(data.resolve("keyset.json").toString(), "SYMBOLON_KEYSET_FILE");
        assertThat(database().count("SELECT COUNT(*) FROM bypass_codes")).isZero();
        assertThat(database().events("BYPASS_CODE_ISSUED")).isEmpty();
    }

    @Test
    void bypassCodeHoursMustBeOneToTwentyFour() {
        for (String hours : new String[] {"0", "25", "abc", "", "-1", "+3", "٣", "1.5", "99999999999"}) {
            assertFails(run("user", "bypass-code", "alice", "--hours", hours), 2, "--hours must be a whole number from 1 to 24");
        }
        assertThat(run("user", "bypass-code", "alice").exitCode()).isEqualTo(2);
        assertThat(run("user", "bypass-code", "alice").err()).contains("--hours");
        assertThat(succeed("user", "bypass-code", "alice", "--hours", "24")).contains("(24 h)");
        assertThat(succeed("user", "bypass-code", "alice", "--hours", "1")).contains("(1 h)");
        assertThat(database().events("BYPASS_CODE_ISSUED")).hasSize(2);
    }

    @Test
    void showTellsTheSecondFactorStanding() {
        database().lockedOutWithAnAuthenticator("alice", 7);
        succeed("group", "create", "Finance", "--require-2fa");
        succeed("group", "add", "finance", "alice");
        succeed("user", "require-2fa", "alice");
        String out = succeed("user", "show", "alice");
        assertThat(out).contains("Username:         alice", "Role:             USER", "State:            ACTIVE",
                "Groups:           Finance (requires 2FA)", "2FA rule:         REQUIRED", "2FA required:     yes",
                "Authenticators:   1", "Phone", "last used", "HOTP tokens:      1", "Nitrokey", "never used",
                "Recovery codes:   7 left", "Failed attempts:  100",
                "Second step:      LOCKED", "Bypass code:      none");

        String json = succeed("user", "show", "alice", "--json");
        assertThat(json).contains("\"rule\" : \"REQUIRED\"", "\"required\" : true", "\"locked\" : true",
                "\"recoveryCodesLeft\" : 7", "\"groups\" : [ \"Finance\" ]", "\"name\" : \"Phone\"",
                "\"hotpTokens\" : [ {", "\"name\" : \"Nitrokey\"");
    }

    @Test
    void listMarksExemptUsersAndWhoHasASecondFactor() {
        createAdmin("second");
        database().lockedOutWithAnAuthenticator("alice", 0);
        succeed("user", "exempt", "second");
        String out = succeed("user", "list");
        assertThat(out.lines()).anySatisfy(line -> assertThat(line).startsWith("alice ").contains(" yes ", " policy "));
        assertThat(out.lines()).anySatisfy(line -> assertThat(line).startsWith("second ").contains(" no ", " EXEMPT "));
        assertThat(out.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).contains("2FA", "2FA RULE"));
    }

    @Test
    void everyCommandRefusesAnUnknownUserWithExitCodeThree() {
        for (String[] command : new String[][] {
            {"user", "show", "nobody"}, {"user", "require-2fa", "nobody"}, {"user", "require-2fa", "nobody", "--off"},
            {"user", "exempt", "nobody"}, {"user", "reset-2fa", "nobody"}, {"user", "unlock", "nobody"},
            {"user", "bypass-code", "nobody", "--hours", "2"}}) {
            assertFails(run(command), 3, "there is no such user");
        }
        assertThat(database().events("TWO_FACTOR_RESET")).isEmpty();
    }

    @Test
    void aMalformedUsernameIsABadArgument() {
        for (String name : new String[] {"bob!", "", "a".repeat(65), "bob\u0000"}) {
            CliRun result = run("user", "reset-2fa", name);
            assertThat(result.exitCode()).as(name).isEqualTo(2);
            assertThat(result.err()).startsWith("Error: username");
        }
    }

    private static void assertConsoleEvent(Event event, String username, String detail) {
        assertThat(event.actor()).isEqualTo("console");
        assertThat(event.clientIp()).isEqualTo("console");
        assertThat(event.username()).isEqualTo(username);
        assertThat(event.detail() == null ? "" : event.detail()).isEqualTo(detail);
    }
}
