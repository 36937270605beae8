package org.symbolon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;
import tools.jackson.databind.JsonNode;

/** The group endpoints under /api/v1/admin/groups; run on H2 and PostgreSQL by the subclasses. */
abstract class AdminGroupsApiTest extends ServerTest {

    private static final String FINANCE = "/api/v1/admin/groups/Finance";

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpEnrollment enrollment;

    @Autowired
    JdbcClient jdbc;

    private HttpSession root;

    @BeforeEach
    void rootAndAlice() {
        root = AdminSessions.confirmedAdmin(newSession(), accounts, enrollment, "root");
        TestUsers.user(accounts, "alice");
    }

    private HttpSession.Response createFinance() {
        return root.postJson("/api/v1/admin/groups", Map.of("name", "Finance", "requiresTwoFactor", true));
    }

    private List<String> members() {
        return jdbc.sql("SELECT u.username FROM group_members m JOIN users u ON u.id = m.user_id ORDER BY u.username")
                .query(String.class).list();
    }

    @Test
    void aCreatedGroupIsListedShownAndAudited() {
        HttpSession.Response created = createFinance();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).isEqualTo(FINANCE);
        assertThat(created.json().get("name").asString()).isEqualTo("Finance");
        assertThat(created.json().get("requiresTwoFactor").asBoolean()).isTrue();
        assertThat(created.json().get("members").toString()).isEqualTo("[]");

        JsonNode list = root.get("/api/v1/admin/groups").json();
        assertThat(list.get("groups").size()).isEqualTo(1);
        assertThat(list.get("groups").get(0).get("name").asString()).isEqualTo("Finance");
        assertThat(list.get("groups").get(0).get("memberCount").asInt()).isZero();
        assertThat(list.get("groups").get(0).has("members")).isFalse();
        assertThat(root.get("/api/v1/admin/groups/FINANCE").json().get("name").asString()).isEqualTo("Finance");

        assertThat(jdbc.sql("SELECT name, requires_two_factor FROM user_groups").query().singleRow())
                .containsEntry("name", "Finance").containsEntry("requires_two_factor", true);
        assertThat(AuditTrail.of(jdbc, SecurityEventType.GROUP_CREATED))
                .containsExactly("GROUP_CREATED user=- actor=root detail=group Finance: requires second factor");
    }

    @Test
    void groupNamesAreUniqueIgnoringCase() {
        createFinance();

        HttpSession.Response taken = root.postJson("/api/v1/admin/groups", Map.of("name", "FINANCE"));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("code").asString()).isEqualTo("group_name_taken");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_groups").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void requiresTwoFactorIsFalseWhenLeftOut() {
        HttpSession.Response created = root.postJson("/api/v1/admin/groups", Map.of("name", "Interns"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("requiresTwoFactor").asBoolean()).isFalse();
    }

    @Test
    void membersAreAddedAndRemovedOnceHoweverOftenAsked() {
        createFinance();

        assertThat(root.sendJson("PUT", FINANCE + "/members/alice", null).status()).isEqualTo(204);
        assertThat(root.sendJson("PUT", FINANCE + "/members/ALICE", null).status()).isEqualTo(204);
        assertThat(members()).containsExactly("alice");
        JsonNode group = root.get(FINANCE).json();
        assertThat(group.get("members").toString()).isEqualTo("[\"alice\"]");
        assertThat(group.get("memberCount").asInt()).isEqualTo(1);

        assertThat(root.delete(FINANCE + "/members/alice").status()).isEqualTo(204);
        assertThat(root.delete(FINANCE + "/members/alice").status()).isEqualTo(204);
        assertThat(members()).isEmpty();

        assertThat(AuditTrail.of(jdbc, SecurityEventType.GROUP_MEMBER_ADDED))
                .containsExactly("GROUP_MEMBER_ADDED user=alice actor=root detail=group Finance");
        assertThat(AuditTrail.of(jdbc, SecurityEventType.GROUP_MEMBER_REMOVED))
                .containsExactly("GROUP_MEMBER_REMOVED user=alice actor=root detail=group Finance");
    }

    @Test
    void patchChangesWhetherMembersNeedASecondFactorAndLeavesItWhenLeftOut() {
        createFinance();
        root.sendJson("PUT", FINANCE + "/members/alice", null);

        HttpSession.Response changed = root.patchJson(FINANCE, Map.of("requiresTwoFactor", false));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("requiresTwoFactor").asBoolean()).isFalse();
        assertThat(changed.json().get("members").toString()).isEqualTo("[\"alice\"]");

        HttpSession.Response unchanged = root.patchJson(FINANCE, Map.of());
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.json().get("requiresTwoFactor").asBoolean()).isFalse();

        assertThat(jdbc.sql("SELECT requires_two_factor FROM user_groups").query(Boolean.class).single()).isFalse();
        assertThat(AuditTrail.of(jdbc, SecurityEventType.POLICY_CHANGED)).last().asString()
                .isEqualTo("POLICY_CHANGED user=- actor=root detail=group Finance: group does not require second factor");
    }

    @Test
    void underTheGroupsPolicyAMemberOfAGroupThatRequiresASecondFactorMustHaveOne() {
        policy(TwoFactorRequirement.REQUIRED_FOR_GROUPS, 0);
        createFinance();
        String alice = "/api/v1/admin/users/alice/second-factors";
        assertThat(root.get(alice).json().get("required").asBoolean()).isFalse();

        root.sendJson("PUT", FINANCE + "/members/alice", null);

        JsonNode overview = root.get(alice).json();
        assertThat(overview.get("required").asBoolean()).isTrue();
        assertThat(overview.get("groups").toString()).isEqualTo("[\"Finance\"]");
    }

    @Test
    void deletingAGroupKeepsItsMembersAsUsers() {
        createFinance();
        root.sendJson("PUT", FINANCE + "/members/alice", null);

        assertThat(root.delete(FINANCE).status()).isEqualTo(204);

        HttpSession.Response gone = root.get(FINANCE);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("code").asString()).isEqualTo("group_not_found");
        assertThat(root.delete(FINANCE).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_groups").query(Integer.class).single()).isZero();
        assertThat(members()).isEmpty();
        assertThat(root.get("/api/v1/admin/users/alice").status()).isEqualTo(200);
        assertThat(AuditTrail.of(jdbc, SecurityEventType.GROUP_DELETED))
                .containsExactly("GROUP_DELETED user=- actor=root detail=group Finance");
    }

    @Test
    void unknownGroupsAndUsersAreNotFound() {
        createFinance();
        Map<String, HttpSession.Response> answers = Map.of(
                "GET", root.get("/api/v1/admin/groups/Nope"),
                "PATCH", root.patchJson("/api/v1/admin/groups/Nope", Map.of("requiresTwoFactor", true)),
                "DELETE", root.delete("/api/v1/admin/groups/Nope"),
                "PUT member of unknown group", root.sendJson("PUT", "/api/v1/admin/groups/Nope/members/alice", null),
                "DELETE member of unknown group", root.delete("/api/v1/admin/groups/Nope/members/alice"));
        answers.forEach((request, answer) -> {
            assertThat(answer.status()).as(request).isEqualTo(404);
            assertThat(answer.json().get("code").asString()).as(request).isEqualTo("group_not_found");
        });
        for (HttpSession.Response answer : List.of(root.sendJson("PUT", FINANCE + "/members/nobody", null),
                root.delete(FINANCE + "/members/nobody"))) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().get("code").asString()).isEqualTo("user_not_found");
        }
    }

    @Test
    void plainUsersAndAnonymousCallersCannotReachGroups() {
        createFinance();
        HttpSession bob = AdminSessions.user(newSession(), accounts, "bob");
        HttpSession anonymous = newSession().primeApi();

        for (HttpSession client : List.of(bob, anonymous)) {
            int status = client == bob ? 403 : 401;
            List<HttpSession.Response> answers = List.of(
                    client.get("/api/v1/admin/groups"),
                    client.postJson("/api/v1/admin/groups", Map.of("name", "Mine")),
                    client.get(FINANCE),
                    client.patchJson(FINANCE, Map.of("requiresTwoFactor", false)),
                    client.sendJson("PUT", FINANCE + "/members/bob", null),
                    client.delete(FINANCE + "/members/alice"),
                    client.delete(FINANCE));
            answers.forEach(answer -> {
                assertThat(answer.status()).isEqualTo(status);
                assertThat(answer.json().get("code").asString()).isEqualTo(status == 403 ? "forbidden" : "unauthenticated");
            });
        }
        assertThat(jdbc.sql("SELECT name FROM user_groups").query(String.class).list()).containsExactly("Finance");
        assertThat(members()).isEmpty();
    }
}
