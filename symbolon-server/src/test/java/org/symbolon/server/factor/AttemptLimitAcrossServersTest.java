package org.symbolon.server.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.SymbolonApplication;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * The attempt limit lives in the database: failures counted by one server hold on another, and
 * on a server started after them. Here the other servers are real second instances on the same
 * H2 file (and the same keyset), started and stopped by the test.
 */
class AttemptLimitAcrossServersTest extends ServerTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    @Value("${symbolon.data-dir}")
    String dataDir;

    @Test
    void failuresCountedByOneServerHoldOnAnotherAndAfterItRestarts() {
        TestUsers.user(accounts, "alice");
        String secret = enroll();
        HttpSession here = newSession();
        here.apiSignIn("alice", TestUsers.USER_PASSWORD);
        for (int i = 0; i < 5; i++) {
            here.postJson("/api/v1/session/second-factor", Map.of("method", "totp", "code", "000000"));
        }
        // The 6th comes within the first wait: answered 429 and not counted.
        assertThat(here.postJson("/api/v1/session/second-factor", Map.of("method", "totp", "code", "000000")).status())
                .isEqualTo(429);
        assertThat(jdbc.sql("SELECT second_factor_failures FROM users WHERE username_key = 'alice'")
                .query(Integer.class).single()).isEqualTo(5);
        // Push the wait out of reach of the time the other servers need to start.
        jdbc.sql("UPDATE users SET second_factor_failures = 12, second_factor_last_failure_at = ? WHERE username_key = 'alice'")
                .param(java.time.OffsetDateTime.now()).update();

        try (ConfigurableApplicationContext other = startAnotherServer()) {
            assertThat(secondStepOn(other, secret).status()).isEqualTo(429);
        }
        jdbc.sql("UPDATE users SET second_factor_failures = 100, second_factor_locked = TRUE WHERE username_key = 'alice'")
                .update();
        try (ConfigurableApplicationContext restarted = startAnotherServer()) {
            HttpSession.Response locked = secondStepOn(restarted, secret);
            assertThat(locked.status()).isEqualTo(403);
            assertThat(locked.json().get("code").asString()).isEqualTo("second_factor_locked");
        }
    }

    private String enroll() {
        HttpSession alice = newSession();
        alice.apiSignIn("alice", TestUsers.USER_PASSWORD);
        var started = alice.postJson("/api/v1/account/totp", Map.of("password", TestUsers.USER_PASSWORD)).json();
        String secret = started.get("secret").asString();
        alice.postJson("/api/v1/account/totp/" + started.get("id").asString() + "/activate",
                Map.of("code", Oathtool.totp(secret, Instant.now())));
        return secret;
    }

    private ConfigurableApplicationContext startAnotherServer() {
        return new SpringApplicationBuilder(SymbolonApplication.class)
                .profiles("test")
                .run("--server.port=0", "--symbolon.data-dir=" + dataDir, "--symbolon.test.context-id=other",
                        "--logging.level.root=warn");
    }

    private static HttpSession.Response secondStepOn(ConfigurableApplicationContext server, String secret) {
        String port = server.getEnvironment().getProperty("local.server.port");
        HttpSession client = new HttpSession("http://localhost:" + port);
        assertThat(client.apiSignIn("alice", TestUsers.USER_PASSWORD).json().get("state").asString())
                .isEqualTo("SECOND_FACTOR");
        return client.postJson("/api/v1/session/second-factor",
                Map.of("method", "totp", "code", Oathtool.totp(secret, Instant.now().plusSeconds(30))));
    }
}
