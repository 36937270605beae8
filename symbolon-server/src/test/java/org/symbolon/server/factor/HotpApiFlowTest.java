package org.symbolon.server.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.api.AdminSessions;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * Hardware-token (HOTP) sign-in over the API, end to end, with codes from oathtool at given
 * counters. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class HotpApiFlowTest extends ServerTest {

    /** The key of RFC 4226 Appendix D, "12345678901234567890", as a token vendor would print it. */
    static final String TOKEN_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CurrentPolicy currentPolicy;

    @Autowired
    TotpEnrollment totpEnrollment;

    private String tokenId;
    private List<String> recoveryCodes;

    /** Alice types in the key of a token she owns, which was pressed three times before. */
    @BeforeEach
    void aliceEnrollsAHardwareToken() {
        TestUsers.user(accounts, "alice");
        HttpSession alice = signedIn();
        HttpSession.Response started = alice.postJson("/api/v1/account/hotp",
                Map.of("password", TestUsers.USER_PASSWORD, "name", "Nitrokey", "secret", "gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode enrollment = started.json();
        assertThat(enrollment.get("secret").asString()).isEqualTo(TOKEN_KEY);
        assertThat(enrollment.get("otpauthUri").asString())
                .isEqualTo("otpauth://hotp/Symbolon:alice?secret=" + TOKEN_KEY + "&issuer=Symbolon&counter=0");
        tokenId = enrollment.get("id").asString();

        HttpSession.Response activated = alice.postJson("/api/v1/account/hotp/" + tokenId + "/activate",
                Map.of("code", Oathtool.hotp(TOKEN_KEY, 3)));
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        recoveryCodes = new ArrayList<>();
        activated.json().get("recoveryCodes").forEach(code -> recoveryCodes.add(code.asString()));
        assertThat(recoveryCodes).hasSize(10);
    }

    private HttpSession signedIn() {
        HttpSession client = newSession();
        assertThat(client.apiSignIn("alice", TestUsers.USER_PASSWORD).status()).isEqualTo(200);
        return client;
    }

    private HttpSession afterPassword() {
        HttpSession client = newSession();
        HttpSession.Response response = client.apiSignIn("alice", TestUsers.USER_PASSWORD);
        assertThat(response.json().get("state").asString()).isEqualTo("SECOND_FACTOR");
        return client;
    }

    private static HttpSession.Response secondStep(HttpSession client, String method, String code) {
        return client.postJson("/api/v1/session/second-factor", Map.of("method", method, "code", code));
    }

    private HttpSession signedInWithToken(long counter) {
        HttpSession client = afterPassword();
        HttpSession.Response response = secondStep(client, "hotp", Oathtool.hotp(TOKEN_KEY, counter));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return client;
    }

    @Test
    void theSecondStepOffersTheTokenAndTheRecoveryCodesOnly() {
        HttpSession client = newSession();
        assertThat(client.apiSignIn("alice", TestUsers.USER_PASSWORD).json().get("methods").toString())
                .isEqualTo("[\"hotp\",\"recovery_code\"]");
        assertThat(client.get("/api/v1/session").json().get("methods").toString())
                .isEqualTo("[\"hotp\",\"recovery_code\"]");
        JsonNode overview = signedInWithToken(4).get("/api/v1/account/second-factors").json();
        assertThat(overview.get("hotpTokens").get(0).get("name").asString()).isEqualTo("Nitrokey");
        assertThat(overview.get("authenticators").size()).isZero();
    }

    @Test
    void aCodeWithinTheLookAheadSignsInOnceAndEarlierCodesNever() {
        // Activation took counter 3; 4 to 13 are in the window, and 13 moves the counter to 14.
        signedInWithToken(13);
        assertThat(secondStep(afterPassword(), "hotp", Oathtool.hotp(TOKEN_KEY, 13)).status()).isEqualTo(401);
        assertThat(secondStep(afterPassword(), "hotp", Oathtool.hotp(TOKEN_KEY, 8)).status()).isEqualTo(401);
        assertThat(secondStep(afterPassword(), "hotp", Oathtool.hotp(TOKEN_KEY, 24)).status()).isEqualTo(401);
        signedInWithToken(14);
    }

    @Test
    void fiftyRequestsWithTheSameCodeAtOnceSignInExactlyOnce() throws Exception {
        List<HttpSession> clients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clients.add(afterPassword());
        }
        String code = Oathtool.hotp(TOKEN_KEY, 5);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (HttpSession client : clients) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return secondStep(client, "hotp", code).status();
                }));
            }
            start.countDown();
            int successes = 0;
            for (Future<Integer> answer : answers) {
                successes += answer.get() == 200 ? 1 : 0;
            }
            assertThat(successes).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT next_counter FROM hotp_tokens").query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void aTokenFiftyPressesAheadSignsInOnlyAfterAResynchronisation() {
        // The token was pressed 50 times unseen: the next counter is 4, the token shows 54.
        assertThat(secondStep(afterPassword(), "hotp", Oathtool.hotp(TOKEN_KEY, 54)).status()).isEqualTo(401);
        HttpSession client = afterPassword();
        secondStep(client, "recovery_code", recoveryCodes.get(0));
        String path = "/api/v1/account/hotp/" + tokenId + "/resync";

        HttpSession.Response notConsecutive = client.postJson(path, Map.of("password", TestUsers.USER_PASSWORD,
                "firstCode", Oathtool.hotp(TOKEN_KEY, 55), "secondCode", Oathtool.hotp(TOKEN_KEY, 57)));
        assertThat(notConsecutive.status()).isEqualTo(403);
        HttpSession.Response wrongPassword = client.postJson(path, Map.of("password", "not-her-password-at-all",
                "firstCode", Oathtool.hotp(TOKEN_KEY, 55), "secondCode", Oathtool.hotp(TOKEN_KEY, 56)));
        assertThat(wrongPassword.status()).isEqualTo(403);
        HttpSession.Response resynchronised = client.postJson(path, Map.of("password", TestUsers.USER_PASSWORD,
                "firstCode", Oathtool.hotp(TOKEN_KEY, 55), "secondCode", Oathtool.hotp(TOKEN_KEY, 56)));
        assertThat(resynchronised.status()).as(resynchronised.body()).isEqualTo(204);

        assertThat(secondStep(afterPassword(), "hotp", Oathtool.hotp(TOKEN_KEY, 56)).status()).isEqualTo(401);
        signedInWithToken(57);
        assertThat(jdbc.sql("SELECT type FROM security_events ORDER BY id").query(String.class).list())
                .containsSubsequence("HOTP_ENROLLED", "SECOND_FACTOR_FAILED", "RECOVERY_CODE_USED",
                        "SECOND_FACTOR_FAILED", "HOTP_RESYNCHRONIZED", "SECOND_FACTOR_SUCCEEDED");
    }

    @Test
    void appAndTokenShareTheAttemptLimitAndTheMethodUsedLastComesFirst() {
        HttpSession client = signedInWithToken(4);
        HttpSession.Response started = client.postJson("/api/v1/account/totp",
                Map.of("password", TestUsers.USER_PASSWORD, "name", "Phone"));
        AuthenticatorApp phone = new AuthenticatorApp(started.json().get("secret").asString());
        assertThat(client.postJson("/api/v1/account/totp/" + started.json().get("id").asString() + "/activate",
                Map.of("code", phone.nextCode())).status()).isEqualTo(200);
        // The app was used last (its activation counts).
        assertThat(newSession().apiSignIn("alice", TestUsers.USER_PASSWORD).json().get("methods").toString())
                .isEqualTo("[\"totp\",\"hotp\",\"recovery_code\"]");
        signedInWithToken(5);
        assertThat(newSession().apiSignIn("alice", TestUsers.USER_PASSWORD).json().get("methods").toString())
                .isEqualTo("[\"hotp\",\"totp\",\"recovery_code\"]");

        HttpSession guesser = afterPassword();
        // Five wrong codes, of either kind, make the next attempt of either kind wait.
        for (int i = 0; i < 5; i++) {
            assertThat(secondStep(guesser, i % 2 == 0 ? "hotp" : "totp", "000000").status()).isEqualTo(401);
        }
        assertThat(secondStep(guesser, "hotp", Oathtool.hotp(TOKEN_KEY, 6)).status()).isEqualTo(429);
        assertThat(secondStep(guesser, "totp", phone.nextCode()).status()).isEqualTo(429);
        assertThat(jdbc.sql("SELECT second_factor_failures FROM users WHERE username_key = 'alice'")
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void removingTheTokenNeedsThePasswordAndACodeAndTakesTheRecoveryCodesAlong() {
        HttpSession client = signedInWithToken(4);
        String path = "/api/v1/account/hotp/" + tokenId;
        assertThat(client.sendJson("DELETE", "/api/v1/account/hotp/no-such-id", "{\"password\":\""
                + TestUsers.USER_PASSWORD + "\",\"code\":\"" + Oathtool.hotp(TOKEN_KEY, 5) + "\"}").json()
                .get("code").asString()).isEqualTo("hotp_token_not_found");
        assertThat(client.sendJson("DELETE", path, "{\"password\":\"wrong-password-here\",\"code\":\""
                + Oathtool.hotp(TOKEN_KEY, 5) + "\"}").status()).isEqualTo(403);
        assertThat(client.sendJson("DELETE", path, "{\"password\":\"" + TestUsers.USER_PASSWORD + "\",\"code\":\""
                + Oathtool.hotp(TOKEN_KEY, 5) + "\"}").status()).isEqualTo(204);

        JsonNode overview = client.get("/api/v1/account/second-factors").json();
        assertThat(overview.get("hotpTokens").size()).isZero();
        assertThat(overview.get("recoveryCodesLeft").asInt()).isZero();
        assertThat(newSession().apiSignIn("alice", TestUsers.USER_PASSWORD).json().get("state").asString())
                .isEqualTo("AUTHENTICATED");
        assertThat(jdbc.sql("SELECT type FROM security_events ORDER BY id").query(String.class).list())
                .contains("HOTP_REMOVED");
    }

    @Test
    void appsAndTokensTogetherAreAtMostFiveAlsoWhenSetUpsOverlap() {
        HttpSession client = signedInWithToken(4);
        // Five set-ups started side by side, while there is room for four more: the fifth to finish is refused.
        List<JsonNode> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started.add(client.postJson("/api/v1/account/hotp", Map.of("password", TestUsers.USER_PASSWORD)).json());
        }
        for (JsonNode setUp : started) {
            HttpSession.Response activated = client.postJson("/api/v1/account/hotp/" + setUp.get("id").asString()
                    + "/activate", Map.of("code", Oathtool.hotp(setUp.get("secret").asString(), 0)));
            assertThat(activated.status()).isEqualTo(setUp == started.get(4) ? 409 : 200);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotp_tokens WHERE state = 'ACTIVE'").query(Integer.class).single())
                .isEqualTo(5);
        HttpSession.Response sixth = client.postJson("/api/v1/account/totp", Map.of("password", TestUsers.USER_PASSWORD));
        assertThat(sixth.status()).isEqualTo(409);
        assertThat(client.postJson("/api/v1/account/hotp", Map.of("password", TestUsers.USER_PASSWORD)).json()
                .get("code").asString()).isEqualTo("too_many_authenticators");
    }

    @Test
    void administratorsSeeTheTokenWithTheOtherFactorsAndAResetRemovesIt() {
        HttpSession root = AdminSessions.confirmedAdmin(newSession(), accounts, totpEnrollment, "root");
        JsonNode factors = root.get("/api/v1/admin/users/alice/second-factors").json();
        assertThat(factors.get("hotpTokens").get(0).get("name").asString()).isEqualTo("Nitrokey");
        assertThat(root.get("/admin/users/alice").body()).contains("Hardware token", "Nitrokey");

        assertThat(root.postJson("/api/v1/admin/users/alice/second-factors/reset", Map.of()).status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotp_tokens").query(Integer.class).single()).isZero();
        assertThat(newSession().apiSignIn("alice", TestUsers.USER_PASSWORD).json().get("state").asString())
                .isEqualTo("AUTHENTICATED");
    }

    @Test
    void aTurnedOffMethodIsNeitherOfferedNorEnrolledNorAccepted() {
        HttpSession client = signedInWithToken(4);
        currentPolicy.save(new InstancePolicy(TwoFactorRequirement.OPTIONAL, 0,
                java.util.Set.of(SecondFactorMethod.TOTP, SecondFactorMethod.RECOVERY_CODE), Optional.empty(),
                Optional.empty()), java.time.Instant.now(), "test");
        assertThat(client.postJson("/api/v1/account/hotp", Map.of("password", TestUsers.USER_PASSWORD)).json()
                .get("code").asString()).isEqualTo("method_turned_off");
        HttpSession next = newSession();
        assertThat(next.apiSignIn("alice", TestUsers.USER_PASSWORD).json().get("methods").toString())
                .isEqualTo("[\"recovery_code\"]");
        assertThat(secondStep(next, "hotp", Oathtool.hotp(TOKEN_KEY, 5)).status()).isEqualTo(400);
    }

    @Test
    void whereAppsAreTurnedOffARequiredEnrollmentIsDoneWithAToken() {
        currentPolicy.save(new InstancePolicy(TwoFactorRequirement.REQUIRED_FOR_ALL, 0,
                Set.of(SecondFactorMethod.HOTP, SecondFactorMethod.RECOVERY_CODE), Optional.empty(), Optional.empty()),
                Instant.now(), "test");
        TestUsers.user(accounts, "bob");
        HttpSession bob = newSession();
        assertThat(bob.apiSignIn("bob", TestUsers.USER_PASSWORD).json().get("state").asString()).isEqualTo("ENROLL");

        HttpSession.Response app = bob.postJson("/api/v1/account/totp", Map.of("password", TestUsers.USER_PASSWORD));
        assertThat(app.status()).as(app.body()).isEqualTo(403);
        assertThat(app.json().get("code").asString()).isEqualTo("method_turned_off");
        HttpSession.Response appPage = bob.get("/account/two-factor/setup");
        assertThat(appPage.status()).isEqualTo(302);
        assertThat(appPage.location()).endsWith("/account/two-factor/tokens/new");
        assertThat(bob.get("/account/two-factor/tokens/new").body()).contains("turned authenticator apps off");
        HttpSession.Response started = bob.postJson("/api/v1/account/hotp",
                Map.of("password", TestUsers.USER_PASSWORD, "name", "YubiKey", "secret", TOKEN_KEY));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(bob.get("/api/v1/account/second-factors").json().get("code").asString())
                .isEqualTo("enrollment_required");
        HttpSession.Response activated = bob.postJson("/api/v1/account/hotp/" + started.json().get("id").asString()
                + "/activate", Map.of("code", Oathtool.hotp(TOKEN_KEY, 0)));

        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        assertThat(bob.get("/api/v1/session").json().get("state").asString()).isEqualTo("AUTHENTICATED");
        assertThat(bob.get("/api/v1/account/second-factors").status()).isEqualTo(200);
    }
}
