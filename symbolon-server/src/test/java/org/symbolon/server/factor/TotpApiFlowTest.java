package org.symbolon.server.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * Authenticator-app sign-in over the API, end to end, with codes from oathtool. Run on H2 and
 * PostgreSQL by the subclasses.
 */
abstract class TotpApiFlowTest extends ServerTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    private String secret;
    private AuthenticatorApp phone;
    private List<String> recoveryCodes;

    /** Alice enrolls with a phone whose clock is 90 seconds behind. */
    @BeforeEach
    void aliceEnrollsAnAuthenticator() {
        TestUsers.user(accounts, "alice");
        HttpSession alice = signedIn();
        HttpSession.Response started = alice.postJson("/api/v1/account/totp",
                Map.of("password", TestUsers.USER_PASSWORD, "name", "Phone"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode enrollment = started.json();
        secret = enrollment.get("secret").asString();
        phone = new AuthenticatorApp(secret, Duration.ofSeconds(-90));
        assertThat(enrollment.get("otpauthUri").asString()).startsWith("otpauth://totp/Symbolon:alice?secret=" + secret);
        assertThat(enrollment.get("qrSvg").asString()).startsWith("<svg");
        assertThat(started.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));

        HttpSession.Response activated = alice.postJson(
                "/api/v1/account/totp/" + enrollment.get("id").asString() + "/activate",
                Map.of("code", phone.nextCode()));
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        recoveryCodes = new ArrayList<>();
        activated.json().get("recoveryCodes").forEach(code -> recoveryCodes.add(code.asString()));
        assertThat(recoveryCodes).hasSize(10).allMatch(code -> code.matches("[0-9a-z]{4}(-[0-9a-z]{4}){3}"));
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

    /**
     * The next code of the same phone, 90 seconds behind: the one after the code that activated
     * it (that one counts as used). The offset learned at activation makes it work.
     */
    private String skewedCode() {
        return phone.nextCode();
    }

    @Test
    void thePasswordAloneLeavesTheUserAtTheSecondStep() {
        HttpSession client = afterPassword();
        JsonNode session = client.get("/api/v1/session").json();
        assertThat(session.get("state").asString()).isEqualTo("SECOND_FACTOR");
        assertThat(session.get("methods").toString()).isEqualTo("[\"totp\",\"recovery_code\"]");
        assertThat(client.get("/api/v1/account").status()).isEqualTo(401);
        assertThat(client.get("/account").status()).isEqualTo(302);
    }

    @Test
    void aCodeWithTheLearnedClockOffsetSignsInOnceAndNeverAgain() {
        HttpSession client = afterPassword();
        String before = client.sessionCookie();
        String code = skewedCode();
        HttpSession.Response signedIn = secondStep(client, "totp", code);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().get("state").asString()).isEqualTo("AUTHENTICATED");
        assertThat(client.sessionCookie()).isNotEqualTo(before);
        assertThat(client.get("/api/v1/account").status()).isEqualTo(200);

        HttpSession.Response replayed = secondStep(afterPassword(), "totp", code);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json().get("code").asString()).isEqualTo("invalid_code");
    }

    @Test
    void theActivationCodeAndEarlierOnesAreRefusedThoughInTheWindow() {
        assertThat(secondStep(afterPassword(), "totp", phone.spentCode(0)).status()).isEqualTo(401);
        assertThat(secondStep(afterPassword(), "totp", phone.spentCode(1)).status()).isEqualTo(401);
        assertThat(secondStep(afterPassword(), "totp", skewedCode()).status()).isEqualTo(200);
    }

    @Test
    void fiftyRequestsWithTheSameCodeAtOnceSignInExactlyOnce() throws Exception {
        List<HttpSession> clients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clients.add(afterPassword());
        }
        String code = skewedCode();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (HttpSession client : clients) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return secondStep(client, "totp", code).status();
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
    }

    @Test
    void aRecoveryCodeWorksOnceIgnoringCaseAndDashesAndTellsHowManyAreLeft() {
        String code = recoveryCodes.get(3);
        String typed = " " + code.toUpperCase(java.util.Locale.ROOT).replace("-", " ") + " ";
        HttpSession.Response signedIn = secondStep(afterPassword(), "recovery_code", typed);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().get("recoveryCodesLeft").asInt()).isEqualTo(9);

        assertThat(secondStep(afterPassword(), "recovery_code", code).status()).isEqualTo(401);
    }

    @Test
    void afterFiveWrongCodesEachAttemptWaitsAndTheCountIsKeptInTheDatabase() {
        HttpSession client = afterPassword();
        for (int i = 0; i < 5; i++) {
            assertThat(secondStep(client, "totp", "000000").status()).isEqualTo(401);
        }
        HttpSession.Response throttled = secondStep(client, "totp", skewedCode());
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("code").asString()).isEqualTo("too_many_attempts");
        assertThat(throttled.header("Retry-After")).contains("1");
        assertThat(jdbc.sql("SELECT second_factor_failures FROM users WHERE username_key = 'alice'")
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void aLockedSecondStepOpensOnlyWithARecoveryCodeWhichAlsoUnlocksIt() {
        jdbc.sql("UPDATE users SET second_factor_failures = 100, second_factor_locked = TRUE, "
                + "second_factor_last_failure_at = ? WHERE username_key = 'alice'")
                .param(java.time.OffsetDateTime.now().minus(Duration.ofHours(1))).update();

        HttpSession.Response locked = secondStep(afterPassword(), "totp", skewedCode());
        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.json().get("code").asString()).isEqualTo("second_factor_locked");

        assertThat(secondStep(afterPassword(), "recovery_code", recoveryCodes.get(0)).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT second_factor_locked FROM users WHERE username_key = 'alice'")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void withoutAPendingPasswordStepTheSecondStepIsExpired() {
        HttpSession.Response response = secondStep(newSession().primeApi(), "totp", skewedCode());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("second_factor_expired");
    }

    @Test
    void turningItOffNeedsThePasswordAndACodeAndRemovesEverything() {
        HttpSession client = afterPassword();
        secondStep(client, "totp", skewedCode());
        String nextCode = phone.nextCode();

        assertThat(client.postJson("/api/v1/account/second-factors/disable",
                Map.of("password", "wrong-password-here", "code", nextCode)).status()).isEqualTo(403);
        assertThat(client.postJson("/api/v1/account/second-factors/disable",
                Map.of("password", TestUsers.USER_PASSWORD, "code", nextCode)).status()).isEqualTo(204);

        JsonNode overview = client.get("/api/v1/account/second-factors").json();
        assertThat(overview.get("authenticators").size()).isZero();
        assertThat(overview.get("recoveryCodesLeft").asInt()).isZero();
        assertThat(newSession().apiSignIn("alice", TestUsers.USER_PASSWORD).json().get("state").asString())
                .isEqualTo("AUTHENTICATED");
    }

    @Test
    void everyStepIsInTheAuditLog() {
        secondStep(afterPassword(), "totp", "000000");
        secondStep(afterPassword(), "recovery_code", recoveryCodes.get(1));
        List<String> types = jdbc.sql("SELECT type FROM security_events ORDER BY id").query(String.class).list();
        assertThat(types).containsSubsequence("TOTP_ENROLLED", "SECOND_FACTOR_FAILED", "RECOVERY_CODE_USED");
        assertThat(jdbc.sql("SELECT detail FROM security_events").query(String.class).list())
                .noneMatch(detail -> detail != null && detail.contains(recoveryCodes.get(1)));
    }

    @Test
    void removingAnUnknownAuthenticatorIsNotFoundAndSpendsNoCode() {
        HttpSession client = afterPassword();
        secondStep(client, "totp", skewedCode());
        HttpSession.Response response = client.sendJson("DELETE", "/api/v1/account/totp/no-such-id",
                "{\"password\":\"" + TestUsers.USER_PASSWORD + "\",\"code\":\"" + recoveryCodes.get(5) + "\"}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("authenticator_not_found");
        assertThat(client.get("/api/v1/account/second-factors").json().get("recoveryCodesLeft").asInt()).isEqualTo(10);
    }

    @Test
    void aLockedAccountStillWaitsBetweenRecoveryCodeGuesses() {
        jdbc.sql("UPDATE users SET second_factor_failures = 100, second_factor_locked = TRUE, "
                + "second_factor_last_failure_at = ? WHERE username_key = 'alice'")
                .param(java.time.OffsetDateTime.now()).update();
        HttpSession.Response response = secondStep(afterPassword(), "recovery_code", recoveryCodes.get(0));
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.header("Retry-After")).isPresent();
    }

    @Test
    void fiftyParallelGuessesAreAnsweredAsOneAttempt() throws Exception {
        List<HttpSession> clients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clients.add(afterPassword());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                HttpSession client = clients.get(i);
                String guess = String.format("%06d", 100_000 + i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return secondStep(client, "totp", guess).status();
                }));
            }
            start.countDown();
            int answeredWrong = 0;
            int toldToWait = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                answeredWrong += status == 401 ? 1 : 0;
                toldToWait += status == 429 ? 1 : 0;
            }
            int counted = jdbc.sql("SELECT second_factor_failures FROM users WHERE username_key = 'alice'")
                    .query(Integer.class).single();
            // Each counted failure is one answered guess; every other guess was told to wait unread.
            assertThat(answeredWrong).isEqualTo(counted).isBetween(1, 6);
            assertThat(answeredWrong + toldToWait).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }
}
