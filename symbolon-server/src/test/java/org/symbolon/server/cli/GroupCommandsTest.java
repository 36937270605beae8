package org.symbolon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.symbolon.server.cli.ConsoleDatabase.Event;

/** Groups from the console: each change in the database and in the audit log, as the console. */
class GroupCommandsTest extends ConsoleTest {

    @BeforeEach
    void aUser() {
        createUser("alice");
    }

    @Test
    void createAddListShowRemoveAndDeleteAGroup() {
        assertThat(succeed("group", "create", "Finance", "--require-2fa"))
                .contains("Created group Finance, whose members must use a second factor.");
        assertThat(database().jdbc().sql("SELECT requires_two_factor FROM user_groups WHERE name_key = 'finance'")
                .query(Boolean.class).single()).isTrue();
        assertConsoleEvent(database().lastEvent("GROUP_CREATED"), null, "group Finance: requires second factor");

        assertThat(succeed("group", "add", "FINANCE", "Alice")).contains("Added Alice to Finance.");
        assertThat(members()).isEqualTo(1);
        assertConsoleEvent(database().lastEvent("GROUP_MEMBER_ADDED"), "alice", "group Finance");

        assertThat(succeed("group", "list")).contains("GROUP", "REQUIRES 2FA", "MEMBERS").containsPattern("Finance +yes +1");
        assertThat(succeed("group", "list", "--json")).contains("\"name\" : \"Finance\"", "\"requiresTwoFactor\" : true",
                "\"members\" : 1");
        assertThat(succeed("group", "show", "finance")).contains("Group:            Finance", "  alice");
        assertThat(succeed("user", "show", "alice")).contains("Groups:           Finance (requires 2FA)");

        assertThat(succeed("group", "remove", "finance", "alice")).contains("Removed alice from Finance.");
        assertThat(members()).isZero();
        assertConsoleEvent(database().lastEvent("GROUP_MEMBER_REMOVED"), "alice", "group Finance");

        assertThat(succeed("group", "delete", "finance")).contains("Deleted group Finance.");
        assertThat(database().count("SELECT COUNT(*) FROM user_groups")).isZero();
        assertConsoleEvent(database().lastEvent("GROUP_DELETED"), null, "group Finance");
    }

    @Test
    void requireTwoFactorMarksTheGroupAndOffTakesTheMarkOff() {
        succeed("group", "create", "ops");
        assertThat(succeed("group", "require-2fa", "ops")).contains("Members of ops must use a second factor");
        assertThat(requiresTwoFactor()).isTrue();
        assertConsoleEvent(database().lastEvent("POLICY_CHANGED"), null, "group ops: group requires second factor");

        assertThat(succeed("group", "require-2fa", "ops", "--off")).contains("no longer need");
        assertThat(requiresTwoFactor()).isFalse();
        assertConsoleEvent(database().lastEvent("POLICY_CHANGED"), null, "group ops: group does not require second factor");
    }

    @Test
    void deletingAGroupWithMembersKeepsTheirAccounts() {
        succeed("group", "create", "ops");
        succeed("group", "add", "ops", "alice");
        succeed("group", "delete", "ops");
        assertThat(database().count("SELECT COUNT(*) FROM users WHERE username_key = 'alice'")).isEqualTo(1);
        assertThat(database().count("SELECT COUNT(*) FROM group_members")).isZero();
    }

    @Test
    void anUnknownGroupOrUserExitsWithThree() {
        succeed("group", "create", "ops");
        for (String[] command : new String[][] {
            {"group", "delete", "nothing"}, {"group", "show", "nothing"}, {"group", "add", "nothing", "alice"},
            {"group", "remove", "nothing", "alice"}, {"group", "require-2fa", "nothing"}}) {
            assertFails(run(command), 3, "there is no such group");
        }
        assertFails(run("group", "add", "ops", "nobody"), 3, "there is no such user");
        assertFails(run("group", "remove", "ops", "nobody"), 3, "there is no such user");
    }

    @Test
    void refusalsExitWithOne() {
        succeed("group", "create", "ops");
        assertFails(run("group", "create", "OPS"), 1, "a group of this name exists already");
        succeed("group", "add", "ops", "alice");
        assertFails(run("group", "add", "ops", "ALICE"), 1, "the user is in this group already");
        succeed("group", "remove", "ops", "alice");
        assertFails(run("group", "remove", "ops", "alice"), 1, "the user is not in this group");
        assertThat(database().events("GROUP_CREATED")).hasSize(1);
        assertThat(database().events("GROUP_MEMBER_ADDED")).hasSize(1);
    }

    @Test
    void aBadGroupNameIsABadArgument() {
        assertFails(run("group", "create", "  "), 2, "the group name is empty");
        assertFails(run("group", "create", "x".repeat(65)), 2, "the group name must have at most 64 characters");
        assertFails(run("group", "create", "bad\u0007name"), 2, "the group name contains characters that are not allowed");
        assertThat(run("group", "add", "ops").exitCode()).isEqualTo(2);
        assertThat(run("group", "frobnicate").exitCode()).isEqualTo(2);
        assertThat(database().count("SELECT COUNT(*) FROM user_groups")).isZero();
    }

    private long members() {
        return database().count("SELECT COUNT(*) FROM group_members");
    }

    private boolean requiresTwoFactor() {
        return database().jdbc().sql("SELECT requires_two_factor FROM user_groups WHERE name_key = 'ops'")
                .query(Boolean.class).single();
    }

    private static void assertConsoleEvent(Event event, String username, String detail) {
        assertThat(event.actor()).isEqualTo("console");
        assertThat(event.username()).isEqualTo(username);
        assertThat(event.detail()).isEqualTo(detail);
    }
}
