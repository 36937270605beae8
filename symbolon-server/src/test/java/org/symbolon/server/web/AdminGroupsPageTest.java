package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.TestUsers;

/** The group pages over HTTP: the whole life of a group, its refusals, and 404 for groups that are not there. */
class AdminGroupsPageTest extends AdminPageTest {

    private static final String LIST = "/admin/groups";

    @Test
    void aGroupIsCreatedMarkedGivenMembersAndDeletedWithEachStepAudited() {
        user("alice");
        user("bob");
        HttpSession root = rootSignedIn();
        assertThat(root.get(LIST).body()).contains("<h1>Groups</h1>", "There are no groups yet.", "No groups");

        HttpSession.Response created = post(root, LIST, LIST, "groupName", "  Sales ", "requiresTwoFactor", "true");
        assertThat(created.location()).endsWith("/admin/groups/Sales");
        HttpSession.Response page = follow(root, created);
        assertThat(page.body()).contains("The group is created.", "<span>Sales</span>", "The group has no members.",
                "Stop requiring two-factor authentication of the members", "Delete group Sales");
        assertThat(page.body()).containsPattern("id=\"group-requires\">Yes<");

        String group = "/admin/groups/Sales";
        assertThat(follow(root, post(root, group, group + "/members", "username", "alice")).body())
                .contains("The member is added.");
        post(root, group, group + "/members", "username", " BOB ");
        assertThat(root.get(group).body()).contains("2 members", "href=\"/admin/users/alice\"", "href=\"/admin/users/bob\"");
        assertThat(root.get(LIST).body()).contains("1 group", "href=\"/admin/groups/Sales\"")
                .containsPattern("<td>2</td>\\s*<td>Yes</td>");
        assertThat(root.get("/admin/users/alice").body()).contains("href=\"/admin/groups/Sales\"", "(requires a second factor)");

        assertThat(follow(root, post(root, group, group + "/requirement", "requiresTwoFactor", "false")).body())
                .contains("This group no longer requires two-factor authentication of its members.")
                .containsPattern("id=\"group-requires\">No<");
        assertThat(follow(root, post(root, group, group + "/members/remove", "username", "bob")).body())
                .contains("The member is removed from the group.", "1 member");
        assertThat(follow(root, post(root, group, group + "/members/remove", "username", "bob")).body())
                .as("removing again").contains("That user was not a member of the group.");

        HttpSession.Response deleted = post(root, group, group + "/delete");
        assertThat(deleted.location()).endsWith(LIST);
        assertThat(follow(root, deleted).body()).contains("The group is deleted. Its members are not.", "No groups");
        assertThat(root.get(group).status()).isEqualTo(404);
        assertThat(accounts.find(new org.symbolon.core.account.Username("alice"))).isPresent();

        assertThat(events("GROUP_CREATED")).containsExactly("root null group Sales: requires second factor");
        assertThat(events("GROUP_MEMBER_ADDED")).containsExactly("root alice group Sales", "root bob group Sales");
        assertThat(events("GROUP_MEMBER_REMOVED")).containsExactly("root bob group Sales");
        assertThat(events("GROUP_DELETED")).containsExactly("root null group Sales");
    }

    @Test
    void aTakenNameInAnyCaseAndBadNamesAreRefusedOnTheField() {
        HttpSession root = rootSignedIn();
        post(root, LIST, LIST, "groupName", "Sales");

        HttpSession.Response taken = post(root, LIST, LIST, "groupName", "SALES", "requiresTwoFactor", "true");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("A group with this name exists already.", "role=\"alert\"", "value=\"SALES\"")
                .containsPattern("id=\"requiresTwoFactor-box\"[^>]*checked");
        for (String bad : new String[] {"", "   ", "x".repeat(65), "x".repeat(10_000), "a\u0000b"}) {
            HttpSession.Response refused = post(root, LIST, LIST, "groupName", bad);
            assertThat(refused.status()).as(bad.length() + " characters").isEqualTo(400);
            assertThat(refused.body()).contains("id=\"groupName-error\"").doesNotContain("x".repeat(300));
            assertNoTrace(refused);
        }
        assertThat(post(root, LIST, LIST, "groupName", "Ops", "requiresTwoFactor", "yes").status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_groups").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void membersMustBeUsersAndNotMembersAlready() {
        user("alice");
        HttpSession root = rootSignedIn();
        post(root, LIST, LIST, "groupName", "Sales");
        String group = "/admin/groups/Sales";
        post(root, group, group + "/members", "username", "alice");

        HttpSession.Response again = post(root, group, group + "/members", "username", "ALICE");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("This user is a member already.");
        HttpSession.Response nobody = post(root, group, group + "/members", "username", "nobody");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.body()).contains("There is no user with this name.", "value=\"nobody\"");
        for (String bad : new String[] {"", "x".repeat(65), "x".repeat(10_000), "a b"}) {
            HttpSession.Response refused = post(root, group, group + "/members", "username", bad);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("id=\"username-error\"");
            assertNoTrace(refused);
        }
        assertThat(post(root, group, group + "/members/remove", "username", "x".repeat(10_000)).status()).isEqualTo(400);
        assertThat(post(root, group, group + "/requirement", "requiresTwoFactor", "maybe").status()).isEqualTo(400);
        assertThat(events("GROUP_MEMBER_ADDED")).hasSize(1);
    }

    @Test
    void aGroupThatIsNotThereIsTheNotFoundPageForEveryAction() {
        HttpSession root = rootSignedIn();
        for (String name : new String[] {"nothing", "x".repeat(65), "x".repeat(2000), "%20"}) {
            String group = "/admin/groups/" + name;
            assertThat(root.get(group).status()).as("GET " + name).isEqualTo(404);
            for (String action : new String[] {"/delete", "/requirement", "/members", "/members/remove"}) {
                HttpSession.Response response = post(root, LIST, group + action, "username", "root", "requiresTwoFactor", "true");
                assertThat(response.status()).as(action + " " + name).isEqualTo(404);
                assertThat(response.body()).contains("There is no such page.");
            }
        }
    }

    @Test
    void withoutTheCsrfTokenEveryFormIsForbidden() {
        HttpSession root = rootSignedIn();
        post(root, LIST, LIST, "groupName", "Sales");
        String group = "/admin/groups/Sales";
        for (String action : new String[] {LIST, group + "/delete", group + "/requirement", group + "/members",
                group + "/members/remove"}) {
            assertThat(root.postForm(action, fields("groupName", "Ops", "username", "root", "requiresTwoFactor", "true"), "")
                    .status()).as(action).isEqualTo(403);
        }
        assertThat(root.get(group).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM group_members").query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdministratorsReachTheGroups() {
        user("alice");
        HttpSession alice = newSession();
        alice.submitForm("/login", "/login", fields("username", "alice", "password", TestUsers.USER_PASSWORD));
        assertThat(alice.get(LIST).status()).isEqualTo(403);
        assertThat(alice.postForm(LIST, fields("groupName", "Mine"), csrfOf(alice.get("/account").body())).status())
                .isEqualTo(403);
    }

    @Test
    void namesWithSpacesUmlautsDotsDashesAndUnderscoresOpen() {
        HttpSession root = rootSignedIn();
        for (String name : new String[] {"Sales EMEA", "Vertrieb Ä", "x.y", "ops_team", "a-b", "Ω 2"}) {
            HttpSession.Response created = post(root, LIST, LIST, "groupName", name);
            assertThat(created.status()).as(name).isEqualTo(302);
            HttpSession.Response page = follow(root, created);
            assertThat(page.status()).as(name + " at " + created.location()).isEqualTo(200);
            assertThat(page.body()).contains("Delete group " + name);
        }
    }

    /** Characters that a URL path segment would not carry as they are: refused where they are typed. */
    @Test
    void namesWithUrlPunctuationAreRefusedOnTheField() {
        HttpSession root = rootSignedIn();
        for (String name : new String[] {"a/b", "50% off", "x;y", "..", ".", "a\\b", "q?x", "h#1", "a+b", "ops@home"}) {
            HttpSession.Response refused = post(root, LIST, LIST, "groupName", name);
            assertThat(refused.status()).as(name).isEqualTo(400);
            assertThat(refused.body()).as(name).contains("id=\"groupName-error\"", "Contains characters that are not allowed.");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_groups").query(Long.class).single()).isZero();
    }
}
