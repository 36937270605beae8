package org.symbolon.server.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.Username;
import org.symbolon.core.admin.SupportOutcome;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * What a sign-in leads to when the policy or an administrator asks for more than a password:
 * forced enrollment (with and without grace), a forced password change, and a bypass code.
 * Run on H2 and PostgreSQL by the subclasses.
 */
abstract class SignInTasksApiFlowTest extends ServerTest {

    private static final String NEW_PASSWORD = "amber-falcon-orchard-quill";

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TwoFactorSupport support;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CurrentPolicy currentPolicy;

    private HttpSession signIn(String name, String password, String expectedState) {
        HttpSession client = newSession();
        HttpSession.Response response = client.apiSignIn(name, password);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("state").asString()).isEqualTo(expectedState);
        return client;
    }

    /** Sets up an authenticator through the API and returns the app. */
    private static AuthenticatorApp enroll(HttpSession client, String password) {
        HttpSession.Response started = client.postJson("/api/v1/account/totp",
                password == null ? Map.of("name", "Phone") : Map.of("password", password, "name", "Phone"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        AuthenticatorApp app = new AuthenticatorApp(started.json().get("secret").asString());
        HttpSession.Response activated = client.postJson(
                "/api/v1/account/totp/" + started.json().get("id").asString() + "/activate",
                Map.of("code", app.nextCode()));
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        return app;
    }

    @Test
    void aRequiredUserWithoutSecondFactorReachesNothingButEnrollmentUntilDone() {
        TestUsers.user(accounts, "alice");
        policy(TwoFactorRequirement.REQUIRED_FOR_ALL, 0);

        HttpSession alice = signIn("alice", TestUsers.USER_PASSWORD, "ENROLL");
        String before = alice.sessionCookie();
        assertThat(alice.get("/api/v1/session").json().has("enrollmentDeadline")).isFalse();
        HttpSession.Response blocked = alice.get("/api/v1/account");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("code").asString()).isEqualTo("enrollment_required");
        assertThat(alice.get("/account").location()).endsWith("/account/two-factor/setup");
        assertThat(alice.postJson("/api/v1/session/enrollment/skip", Map.of()).status()).isEqualTo(403);

        enroll(alice, null);

        assertThat(alice.sessionCookie()).as("a new session id after the step").isNotEqualTo(before);
        assertThat(alice.get("/api/v1/session").json().get("state").asString()).isEqualTo("AUTHENTICATED");
        assertThat(alice.get("/api/v1/account").status()).isEqualTo(200);
        signIn("alice", TestUsers.USER_PASSWORD, "SECOND_FACTOR");
    }

    @Test
    void withinTheGracePeriodEnrollmentCanBePutOffAndTheDeadlineStaysFixed() {
        TestUsers.user(accounts, "alice");
        policy(TwoFactorRequirement.REQUIRED_FOR_ALL, 7);

        HttpSession alice = signIn("alice", TestUsers.USER_PASSWORD, "ENROLL");
        JsonNode session = alice.get("/api/v1/session").json();
        Instant deadline = Instant.parse(session.get("enrollmentDeadline").asString());
        assertThat(deadline).isBetween(Instant.now().plusSeconds(7 * 86400 - 60), Instant.now().plusSeconds(7 * 86400));

        HttpSession.Response skipped = alice.postJson("/api/v1/session/enrollment/skip", Map.of());
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
        assertThat(skipped.json().get("state").asString()).isEqualTo("AUTHENTICATED");
        assertThat(alice.get("/api/v1/account").status()).isEqualTo(200);

        HttpSession again = signIn("alice", TestUsers.USER_PASSWORD, "ENROLL");
        assertThat(Instant.parse(again.get("/api/v1/session").json().get("enrollmentDeadline").asString()))
                .isEqualTo(deadline);

        jdbc.sql("UPDATE users SET enrollment_grace_started_at = ? WHERE username_key = 'alice'")
                .param(java.time.OffsetDateTime.now().minusDays(8)).update();
        HttpSession late = signIn("alice", TestUsers.USER_PASSWORD, "ENROLL");
        assertThat(late.get("/api/v1/session").json().has("enrollmentDeadline")).isFalse();
        assertThat(late.postJson("/api/v1/session/enrollment/skip", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void afterAnAdministratorResetThePasswordTheUserChoosesANewOneFirst() {
        TestUsers.user(accounts, "alice");
        accounts.resetPassword(new Username("alice"), "set-by-the-admin-2026");

        HttpSession alice = signIn("alice", "set-by-the-admin-2026", "PASSWORD_CHANGE");
        HttpSession.Response blocked = alice.get("/api/v1/account");
        assertThat(blocked.json().get("code").asString()).isEqualTo("password_change_required");
        assertThat(alice.get("/account").location()).endsWith("/login/new-password");

        HttpSession.Response changed = alice.postJson("/api/v1/account/password",
                Map.of("currentPassword", "set-by-the-admin-2026", "newPassword", NEW_PASSWORD));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(alice.get("/api/v1/session").json().get("state").asString()).isEqualTo("AUTHENTICATED");
        signIn("alice", NEW_PASSWORD, "AUTHENTICATED");
    }

    @Test
    void aBypassCodeSignsInOnceAndLeadsToEnrollmentWhereASecondFactorIsRequired() {
        TestUsers.user(accounts, "alice");
        enroll(signIn("alice", TestUsers.USER_PASSWORD, "AUTHENTICATED"), TestUsers.USER_PASSWORD);
        policy(TwoFactorRequirement.REQUIRED_FOR_ALL, 0);
        SupportOutcome.BypassIssued issued = (SupportOutcome.BypassIssued) support.issueBypassCode(
                new Username("alice"), 2, "root", ClientInfo.CONSOLE);

        HttpSession alice = signIn("alice", TestUsers.USER_PASSWORD, "SECOND_FACTOR");
        assertThat(alice.get("/api/v1/session").json().get("methods").toString()).doesNotContain("bypass");
        HttpSession.Response passed = alice.postJson("/api/v1/session/second-factor",
                Map.of("method", "bypass_code", "code", issued.code().toUpperCase()));
        assertThat(passed.status()).as(passed.body()).isEqualTo(200);
        assertThat(passed.json().get("state").asString()).isEqualTo("ENROLL");
        enroll(alice, null);

        HttpSession again = signIn("alice", TestUsers.USER_PASSWORD, "SECOND_FACTOR");
        HttpSession.Response spent = again.postJson("/api/v1/session/second-factor",
                Map.of("method", "bypass_code", "code", issued.code()));
        assertThat(spent.status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_events WHERE type = 'BYPASS_CODE_ISSUED' AND actor = 'root'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAdministratorConfirmsAgainWithASecondFactorOrWithoutOneThePassword() {
        TestUsers.admin(accounts, "root");
        HttpSession root = signIn("root", TestUsers.ADMIN_PASSWORD, "AUTHENTICATED");
        assertThat(root.postJson("/api/v1/session/confirm", Map.of("method", "password", "code", "wrong")).status())
                .isEqualTo(401);
        assertThat(root.postJson("/api/v1/session/confirm", Map.of("method", "totp", "code", "123456")).status())
                .isEqualTo(401);
        assertThat(root.postJson("/api/v1/session/confirm",
                Map.of("method", "password", "code", TestUsers.ADMIN_PASSWORD)).status()).isEqualTo(204);

        AuthenticatorApp app = enroll(root, TestUsers.ADMIN_PASSWORD);
        assertThat(root.postJson("/api/v1/session/confirm",
                Map.of("method", "password", "code", TestUsers.ADMIN_PASSWORD)).status()).isEqualTo(401);
        assertThat(root.postJson("/api/v1/session/confirm", Map.of("method", "nonsense", "code", "1")).status())
                .isEqualTo(400);
        assertThat(root.postJson("/api/v1/session/confirm",
                Map.of("method", "totp", "code", app.nextCode())).status())
                .isEqualTo(204);
    }

    @Test
    void withRecoveryCodesTurnedOffNoneAreIssuedOrAcceptedAndTheSecondStepOffersOnlyTheApp() {
        TestUsers.user(accounts, "alice");
        currentPolicy.save(new InstancePolicy(TwoFactorRequirement.OPTIONAL, 0, EnumSet.of(SecondFactorMethod.TOTP),
                Optional.empty(), Optional.empty()), Instant.now(), "root");
        HttpSession alice = signIn("alice", TestUsers.USER_PASSWORD, "AUTHENTICATED");
        HttpSession.Response started = alice.postJson("/api/v1/account/totp",
                Map.of("password", TestUsers.USER_PASSWORD, "name", "Phone"));
        HttpSession.Response activated = alice.postJson(
                "/api/v1/account/totp/" + started.json().get("id").asString() + "/activate",
                Map.of("code", Oathtool.totp(started.json().get("secret").asString(), Instant.now())));
        assertThat(activated.json().get("recoveryCodes").size()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_codes").query(Integer.class).single()).isZero();

        HttpSession again = signIn("alice", TestUsers.USER_PASSWORD, "SECOND_FACTOR");
        assertThat(again.get("/api/v1/session").json().get("methods").toString()).isEqualTo("[\"totp\"]");
        HttpSession.Response refused = again.postJson("/api/v1/session/second-factor",
                Map.of("method", "recovery_code", "code", "aaaa-bbbb-cccc-dddd"));
        assertThat(refused.status()).isEqualTo(400);
    }
}
