package org.symbolon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
