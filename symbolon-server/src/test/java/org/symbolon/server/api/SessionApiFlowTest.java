package org.symbolon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.Username;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/** The sign-in contract of the API, over real HTTP; run on H2 and on PostgreSQL by the subclasses. */
abstract class SessionApiFlowTest extends ServerTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousSessionSaysSoAndHandsOutTheCsrfCookie() {
        HttpSession client = newSession();
        HttpSession.Response response = client.get("/api/v1/session");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("state").asString()).isEqualTo("ANONYMOUS");
        assertThat(response.json().get("user").isNull()).isTrue();
        assertThat(client.csrfCookie()).isPresent();
    }

    @Test
    void rightPasswordSignsInAndRotatesTheSessionIdAndCsrfToken() {
        TestUsers.user(accounts, "alice");
        HttpSession client = newSession().primeApi();
        client.get("/account");
        String before = client.sessionCookie();
        String csrfBefore = client.csrfCookie().orElseThrow();

        HttpSession.Response response = client.postJson("/api/v1/session",
                Map.of("username", "ALICE", "password", TestUsers.USER_PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("state").asString()).isEqualTo("AUTHENTICATED");
        assertThat(response.json().get("user").get("username").asString()).isEqualTo("alice");
        assertThat(client.sessionCookie()).isNotEmpty().isNotEqualTo(before);
        assertThat(client.csrfCookie()).isPresent().isNotEqualTo(java.util.Optional.of(csrfBefore));
        assertThat(client.get("/api/v1/account").status()).isEqualTo(200);
    }

    @Test
    void aSessionIdPlantedBeforeSignInIsWorthNothingAfter() {
        TestUsers.user(accounts, "alice");
        HttpSession victim = newSession().primeApi();
        victim.get("/account");
        String planted = victim.sessionCookie();
        victim.postJson("/api/v1/session", Map.of("username", "alice", "password", TestUsers.USER_PASSWORD));

        HttpSession attacker = newSession();
        attacker.setCookie("SYMBOLON_SESSION", planted);
        assertThat(attacker.get("/api/v1/account").status()).isEqualTo(401);
    }

    @Test
    void everyFailedSignInLooksTheSame() {
        TestUsers.user(accounts, "alice");
        TestUsers.user(accounts, "dora");
        accounts.changeState(new Username("dora"), AccountState.DISABLED);

        String wrongPassword = failedSignIn("alice", "not-the-password");
        String unknownUser = failedSignIn("nobody", "not-the-password");
        String disabledUser = failedSignIn("dora", TestUsers.USER_PASSWORD);

        assertThat(wrongPassword).contains("\"code\":\"invalid_credentials\"");
        assertThat(unknownUser).isEqualTo(wrongPassword);
        assertThat(disabledUser).isEqualTo(wrongPassword);
    }

    private String failedSignIn(String username, String password) {
        HttpSession.Response response = newSession().apiSignIn(username, password);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return response.body();
    }

    @Test
    void afterFiveWrongPasswordsTheNameWaitsWhetherOrNotItsAccountExists() {
        TestUsers.user(accounts, "alice");
        for (int i = 0; i < 5; i++) {
            failedSignIn("alice", "not-the-password-" + i);
            failedSignIn("nobody", "not-the-password-" + i);
        }

        HttpSession.Response alice = newSession().apiSignIn("alice", TestUsers.USER_PASSWORD);
        HttpSession.Response nobody = newSession().apiSignIn("NoBody", TestUsers.USER_PASSWORD);

        assertThat(alice.status()).isEqualTo(429);
        assertThat(alice.json().get("code").asString()).isEqualTo("too_many_sign_in_attempts");
        assertThat(alice.header("Retry-After")).hasValue("1");
        assertThat(nobody.body()).isEqualTo(alice.body());
        assertThat(nobody.header("Retry-After")).isEqualTo(alice.header("Retry-After"));
        HttpSession.Response page = newSession().submitForm("/login", "/login",
                Map.of("username", "alice", "password", TestUsers.USER_PASSWORD));
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains("Too many sign-in attempts with this username. Try again in 1 second.");
    }

    @Test
    void guessesSentSideBySideAreNotAllComparedAndARightPasswordClearsTheCount() throws Exception {
        TestUsers.user(accounts, "alice");
        assertThat(newSession().apiSignIn("alice", "not-the-password").status()).isEqualTo(401);
        assertThat(newSession().apiSignIn("alice", TestUsers.USER_PASSWORD).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_attempts").query(Integer.class).single()).isZero();

        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String guess = "guess-number-" + i;
            guesses.add(pool.submit(() -> {
                start.await();
                return statuses.add(newSession().apiSignIn("alice", guess).status());
            }));
        }
        start.countDown();
        for (Future<?> guess : guesses) {
            guess.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // Each compared guess was counted first, one at a time: at most the five free ones, then waits.
        assertThat(statuses).hasSize(20).containsOnly(401, 429);
        long compared = statuses.stream().filter(status -> status == 401).count();
        assertThat(compared).isBetween(1L, 6L);
        assertThat(jdbc.sql("SELECT attempts FROM password_attempts WHERE username_key = 'alice'").query(Integer.class)
                .single()).isEqualTo((int) compared);
    }

    @Test
    void signInWithoutTheCsrfTokenIsRefused() {
        TestUsers.user(accounts, "alice");
        HttpSession client = newSession();
        HttpSession.Response response = client.sendJson("POST", "/api/v1/session",
                "{\"username\":\"alice\",\"password\":\"" + TestUsers.USER_PASSWORD + "\"}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("csrf_token_invalid");
    }

    @Test
    void signOutEndsTheSessionOnTheServer() {
        TestUsers.user(accounts, "alice");
        HttpSession client = newSession();
        client.apiSignIn("alice", TestUsers.USER_PASSWORD);
        String cookie = client.sessionCookie();

        assertThat(client.delete("/api/v1/session").status()).isEqualTo(204);

        HttpSession replay = newSession();
        replay.setCookie("SYMBOLON_SESSION", cookie);
        assertThat(replay.get("/api/v1/account").status()).isEqualTo(401);
        assertThat(client.get("/api/v1/session").json().get("state").asString()).isEqualTo("ANONYMOUS");
    }

    @Test
    void protectedEndpointsAnswerProblemJsonWhenSignedOut() {
        HttpSession.Response response = newSession().get("/api/v1/account");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void importedBcryptHashIsUpgradedToArgon2idAtSignIn() {
        TestUsers.user(accounts, "legacy");
        // bcrypt of "violet-harbour-lantern", as another system would have stored it.
        String bcrypt = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(TestUsers.USER_PASSWORD);
        jdbc.sql("UPDATE users SET password_hash = ? WHERE username_key = 'legacy'").param("{bcrypt}" + bcrypt).update();

        assertThat(newSession().apiSignIn("legacy", TestUsers.USER_PASSWORD).status()).isEqualTo(200);

        String stored = jdbc.sql("SELECT password_hash FROM users WHERE username_key = 'legacy'").query(String.class).single();
        assertThat(stored).startsWith("{argon2}$argon2id$");
        assertThat(newSession().apiSignIn("legacy", TestUsers.USER_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void importedPbkdf2HashIsUpgradedToArgon2idAtSignIn() {
        TestUsers.user(accounts, "legacy");
        String pbkdf2 = org.springframework.security.crypto.password.Pbkdf2PasswordEncoder
                .defaultsForSpringSecurity_v5_8().encode(TestUsers.USER_PASSWORD);
        jdbc.sql("UPDATE users SET password_hash = ? WHERE username_key = 'legacy'")
                .param("{pbkdf2@SpringSecurity_v5_8}" + pbkdf2).update();

        assertThat(newSession().apiSignIn("legacy", "wrong-password-here").status()).isEqualTo(401);
        assertThat(newSession().apiSignIn("legacy", TestUsers.USER_PASSWORD).status()).isEqualTo(200);

        String stored = jdbc.sql("SELECT password_hash FROM users WHERE username_key = 'legacy'").query(String.class).single();
        assertThat(stored).startsWith("{argon2}$argon2id$");
    }

    @Test
    void passwordsAreStoredAsArgon2id() {
        TestUsers.user(accounts, "alice");
        String stored = jdbc.sql("SELECT password_hash FROM users WHERE username_key = 'alice'").query(String.class).single();
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(TestUsers.USER_PASSWORD);
    }
}
