package org.symbolon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * The endpoints with which administrators help a user with the second factor, under
 * /api/v1/admin/users/{username}; run on H2 and PostgreSQL by the subclasses. Alice has an
 * authenticator app and, where a test needs it, a session of her own.
 */
abstract class AdminUserSecurityApiTest extends ServerTest {

    private static final String ALICE = "/api/v1/admin/users/alice";

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpEnrollment enrollment;

    @Autowired
    JdbcClient jdbc;

    private AuthenticatorApp aliceApp;

    @BeforeEach
    void aliceWithAnAuthenticator() {
        UserAccount alice = TestUsers.user(accounts, "alice");
        aliceApp = AdminSessions.enrollAuthenticator(enrollment, alice, TestUsers.USER_PASSWORD);
    }

    private HttpSession confirmedRoot() {
        return AdminSessions.confirmedAdmin(newSession(), accounts, enrollment, "root");
    }

    private void aliceFailed(int times, boolean locked) {
        jdbc.sql("UPDATE users SET second_factor_failures = ?, second_factor_last_failure_at = ?, second_factor_locked = ? "
                + "WHERE username_key = 'alice'").params(times, OffsetDateTime.now(), locked).update();
    }

    private Map<String, Object> aliceRow() {
        return jdbc.sql("SELECT * FROM users WHERE username_key = 'alice'").query().singleRow();
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " t JOIN users u ON u.id = t.user_id WHERE u.username_key = 'alice'")
                .query(Integer.class).single();
    }

    @Test
    void theOverviewShowsRuleGroupsAuthenticatorsCodesAndAttempts() {
        aliceFailed(7, true);

        HttpSession.Response answer = confirmedRoot().get(ALICE + "/second-factors");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode overview = answer.json();
        assertThat(overview.get("username").asString()).isEqualTo("alice");
        assertThat(overview.get("rule").asString()).isEqualTo("POLICY");
        assertThat(overview.get("required").asBoolean()).isFalse();
        assertThat(overview.get("groups").toString()).isEqualTo("[]");
        assertThat(overview.get("authenticators").size()).isEqualTo(1);
        JsonNode phone = overview.get("authenticators").get(0);
        assertThat(phone.get("name").asString()).isEqualTo("Phone");
        assertThat(phone.get("id").asString()).hasSize(36);
        assertThat(phone.get("createdAt").asString()).isNotEmpty();
        assertThat(phone.has("lastUsedAt")).isTrue();
        assertThat(overview.get("recoveryCodesLeft").asInt()).isEqualTo(10);
        assertThat(overview.get("failedAttempts").asInt()).isEqualTo(7);
        assertThat(overview.get("locked").asBoolean()).isTrue();
        assertThat(overview.get("bypassCodeExpiresAt").isNull()).isTrue();
    }

    @Test
    void aResetRemovesEverySecondFactorEndsTheUsersSessionsAndIsAudited() {
        HttpSession alice = AdminSessions.signInWithCode(newSession(), "alice", TestUsers.USER_PASSWORD, aliceApp);
        HttpSession root = confirmedRoot();

        HttpSession.Response reset = root.postJson(ALICE + "/second-factors/reset", Map.of());

        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        assertThat(count("totp_credentials")).isZero();
        assertThat(count("recovery_codes")).isZero();
        assertThat(alice.get("/api/v1/account").status()).isEqualTo(401);
        assertThat(root.get(ALICE + "/second-factors").json().get("authenticators").size()).isZero();
        assertThat(AuditTrail.of(jdbc, SecurityEventType.TWO_FACTOR_RESET))
                .containsExactly("TWO_FACTOR_RESET user=alice actor=root detail=-");
    }

    @Test
    void unlockingClearsTheFailedAttemptsAndTheLock() {
        aliceFailed(100, true);

        HttpSession.Response unlocked = confirmedRoot().postJson(ALICE + "/second-factors/unlock", Map.of());

        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(204);
        assertThat(aliceRow()).containsEntry("second_factor_failures", 0).containsEntry("second_factor_locked", false);
        assertThat(AuditTrail.of(jdbc, SecurityEventType.SECOND_FACTOR_UNLOCKED))
                .containsExactly("SECOND_FACTOR_UNLOCKED user=alice actor=root detail=-");
    }

    @Test
    void aBypassCodeIsShownOnceStoredOnlyAsAHashAndAudited() {
        HttpSession root = confirmedRoot();
        Instant before = Instant.now();

        HttpSession.Response issued = root.postJson(ALICE + "/bypass-code", Map.of("hours", 2));

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        String code = issued.json().get("code").asString();
        assertThat(code).matches("[0-9a-z]{4}(-[0-9a-z]{4}){3}");
        Instant expiresAt = Instant.parse(issued.json().get("expiresAt").asString());
        assertThat(expiresAt).isBetween(before.plus(Duration.ofHours(2)), Instant.now().plus(Duration.ofHours(2)));

        Map<String, Object> stored = jdbc.sql("SELECT code_hash, created_by FROM bypass_codes").query().singleRow();
        assertThat(stored).containsEntry("created_by", "root");
        assertThat((String) stored.get("code_hash")).doesNotContain(code, code.replace("-", ""));
        assertThat(root.get(ALICE + "/second-factors").json().get("bypassCodeExpiresAt").asString()).isNotEmpty();
        assertThat(AuditTrail.of(jdbc, SecurityEventType.BYPASS_CODE_ISSUED))
                .containsExactly("BYPASS_CODE_ISSUED user=alice actor=root detail=valid 2 h");
    }

    @Test
    void theRuleRequiresOrExemptsAUserOrLeavesItToThePolicy() {
        HttpSession root = confirmedRoot();
        Function<String, HttpSession.Response> setRule = rule ->
                root.sendJson("PUT", ALICE + "/two-factor-rule", "{\"rule\":\"" + rule + "\"}");

        HttpSession.Response required = setRule.apply("required");
        assertThat(required.status()).as(required.body()).isEqualTo(200);
        assertThat(required.json().get("rule").asString()).isEqualTo("REQUIRED");
        assertThat(required.json().get("required").asBoolean()).isTrue();
        assertThat(aliceRow()).containsEntry("two_factor_rule", "REQUIRED");

        assertThat(setRule.apply("EXEMPT").json().get("rule").asString()).isEqualTo("EXEMPT");
        assertThat(aliceRow()).containsEntry("two_factor_rule", "EXEMPT");
        assertThat(setRule.apply("Policy").json().get("rule").asString()).isEqualTo("POLICY");
        assertThat(AuditTrail.of(jdbc, SecurityEventType.TWO_FACTOR_RULE_CHANGED)).containsExactly(
                "TWO_FACTOR_RULE_CHANGED user=alice actor=root detail=REQUIRED",
                "TWO_FACTOR_RULE_CHANGED user=alice actor=root detail=EXEMPT",
                "TWO_FACTOR_RULE_CHANGED user=alice actor=root detail=POLICY");
    }

    @Test
    void theLastActiveAdministratorCannotBeExempted() {
        HttpSession root = confirmedRoot();

        HttpSession.Response refused = root.sendJson("PUT", "/api/v1/admin/users/root/two-factor-rule", "{\"rule\":\"exempt\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("last_admin");
        assertThat(jdbc.sql("SELECT two_factor_rule FROM users WHERE username_key = 'root'").query(String.class).single())
                .isEqualTo("POLICY");
        assertThat(AuditTrail.of(jdbc, SecurityEventType.TWO_FACTOR_RULE_CHANGED)).isEmpty();

        TestUsers.admin(accounts, "ops");
        assertThat(root.sendJson("PUT", "/api/v1/admin/users/root/two-factor-rule", "{\"rule\":\"exempt\"}").status())
                .isEqualTo(200);
    }

    @Test
    void actionsOnOtherUsersNeedARecentConfirmationButReadingAndActingOnOneselfDoNot() {
        HttpSession admin = AdminSessions.unconfirmedAdmin(newSession(), accounts, "root");
        aliceFailed(3, false);
        long eventsBefore = AuditTrail.administrative(jdbc);

        List<HttpSession.Response> refused = List.of(
                admin.postJson(ALICE + "/second-factors/reset", Map.of()),
                admin.postJson(ALICE + "/second-factors/unlock", Map.of()),
                admin.postJson(ALICE + "/bypass-code", Map.of("hours", 1)),
                admin.sendJson("PUT", ALICE + "/two-factor-rule", "{\"rule\":\"exempt\"}"),
                admin.sendJson("PATCH", ALICE, "{\"state\":\"DISABLED\",\"role\":\"ADMIN\"}"));
        refused.forEach(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(403);
            assertThat(answer.json().get("code").asString()).isEqualTo("reauthentication_required");
        });
        assertThat(count("totp_credentials")).isEqualTo(1);
        assertThat(count("bypass_codes")).isZero();
        assertThat(aliceRow()).containsEntry("second_factor_failures", 3).containsEntry("two_factor_rule", "POLICY")
                .containsEntry("state", "ACTIVE").containsEntry("role", "USER");
        assertThat(AuditTrail.administrative(jdbc)).isEqualTo(eventsBefore);

        assertThat(admin.get(ALICE + "/second-factors").status()).isEqualTo(200);
        HttpSession.Response self = admin.sendJson("PUT", "/api/v1/admin/users/root/two-factor-rule", "{\"rule\":\"required\"}");
        assertThat(self.status()).as(self.body()).isEqualTo(200);
        assertThat(self.json().get("required").asBoolean()).isTrue();
    }

    @Test
    void unknownUsersAreNotFoundWithOrWithoutAConfirmation() {
        HttpSession unconfirmed = AdminSessions.unconfirmedAdmin(newSession(), accounts, "root");
        String nobody = "/api/v1/admin/users/nobody";
        Map<String, HttpSession.Response> answers = new LinkedHashMap<>();
        answers.put("overview", unconfirmed.get(nobody + "/second-factors"));
        answers.put("reset", unconfirmed.postJson(nobody + "/second-factors/reset", Map.of()));
        answers.put("unlock", unconfirmed.postJson(nobody + "/second-factors/unlock", Map.of()));
        answers.put("bypass code", unconfirmed.postJson(nobody + "/bypass-code", Map.of("hours", 1)));
        answers.put("rule", unconfirmed.sendJson("PUT", nobody + "/two-factor-rule", "{\"rule\":\"required\"}"));
        answers.put("not a username", unconfirmed.get("/api/v1/admin/users/%20%20/second-factors"));
        answers.forEach((request, answer) -> {
            assertThat(answer.status()).as(request).isEqualTo(404);
            assertThat(answer.json().get("code").asString()).as(request).isEqualTo("user_not_found");
        });
    }

    @Test
    void plainUsersAndAnonymousCallersCannotHelpAnyone() {
        HttpSession bob = AdminSessions.user(newSession(), accounts, "bob");
        HttpSession anonymous = newSession().primeApi();

        for (HttpSession client : List.of(bob, anonymous)) {
            int status = client == bob ? 403 : 401;
            List<HttpSession.Response> answers = List.of(
                    client.get(ALICE + "/second-factors"),
                    client.postJson(ALICE + "/second-factors/reset", Map.of()),
                    client.postJson(ALICE + "/second-factors/unlock", Map.of()),
                    client.postJson(ALICE + "/bypass-code", Map.of("hours", 1)),
                    client.sendJson("PUT", ALICE + "/two-factor-rule", "{\"rule\":\"exempt\"}"),
                    client.postJson("/api/v1/admin/users/bob/bypass-code", Map.of("hours", 1)));
            answers.forEach(answer -> {
                assertThat(answer.status()).isEqualTo(status);
                assertThat(answer.json().get("code").asString()).isEqualTo(status == 403 ? "forbidden" : "unauthenticated");
            });
        }
        assertThat(count("totp_credentials")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bypass_codes").query(Integer.class).single()).isZero();
    }
}
