package org.symbolon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * The console as the last way back in: the only administrator cannot pass the second step (it
 * is locked, or the phone is gone), nobody can help on the web, and the operator runs a command
 * beside the running server.
 */
class LockedOutAdminConsoleTest extends ServerTest {

    private static final Pattern BYPASS_CODE = Pattern.compile("(?m)^    ([0-9a-z]{4}(-[0-9a-z]{4}){3})$");

    @Value("${symbolon.data-dir}")
    String dataDir;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    private String secret;

    @BeforeEach
    void theOnlyAdministratorHasAnAuthenticator() {
        // The shipped policy: after a reset, the administrator must enroll again.
        policy(TwoFactorRequirement.REQUIRED_FOR_ADMINS, 0);
        TestUsers.admin(accounts, "admin");
        HttpSession admin = newSession();
        assertThat(admin.apiSignIn("admin", TestUsers.ADMIN_PASSWORD).status()).isEqualTo(200);
        HttpSession.Response started = admin.postJson("/api/v1/account/totp",
                Map.of("password", TestUsers.ADMIN_PASSWORD, "name", "Phone"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        secret = started.json().get("secret").asString();
        HttpSession.Response activated = admin.postJson(
                "/api/v1/account/totp/" + started.json().get("id").asString() + "/activate",
                Map.of("code", Oathtool.totp(secret, Instant.now().minusSeconds(30))));
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
    }

    @Test
    void resetTwoFactorAtTheConsoleLetsALockedOutAdministratorIn() {
        jdbc.sql("UPDATE users SET second_factor_failures = 100, second_factor_locked = TRUE,"
                + " second_factor_last_failure_at = ? WHERE username_key = 'admin'")
                .param(OffsetDateTime.now().minusHours(1)).update();
        HttpSession locked = afterPassword();
        HttpSession.Response refused = locked.postJson("/api/v1/session/second-factor",
                Map.of("method", "totp", "code", Oathtool.totp(secret, Instant.now())));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("second_factor_locked");

        ConsoleProcess reset = ConsoleProcess.run(dataDir, "", "user", "reset-2fa", "admin");
        assertThat(reset.exitCode()).as(reset.output()).isZero();
        assertThat(reset.output()).contains("admin must enroll a new authenticator at the next sign-in.");

        HttpSession.Response signIn = newSession().apiSignIn("admin", TestUsers.ADMIN_PASSWORD);
        assertThat(signIn.status()).as(signIn.body()).isEqualTo(200);
        // Signed in, or (with forced enrollment) at the enrollment step: past the second step either way.
        assertThat(signIn.json().get("state").asString()).isIn("AUTHENTICATED", "ENROLL");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM totp_credentials").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT actor FROM security_events WHERE type = 'TWO_FACTOR_RESET'").query(String.class).list())
                .containsExactly("console");
    }

    @Test
    void aBypassCodeFromTheConsoleIsAcceptedByTheRunningServerOnce() {
        ConsoleProcess issued = ConsoleProcess.run(dataDir, "", "user", "bypass-code", "admin", "--hours", "1");
        assertThat(issued.exitCode()).as(issued.output()).isZero();
        Matcher code = BYPASS_CODE.matcher(issued.output());
        assertThat(code.find()).as(issued.output()).isTrue();

        // The server checks the code under the keyset of the data directory, the one the console used.
        HttpSession.Response passed = afterPassword().postJson("/api/v1/session/second-factor",
                Map.of("method", "bypass_code", "code", code.group(1)));
        assertThat(passed.status()).as(passed.body()).isEqualTo(200);
        assertThat(passed.json().get("state").asString()).isIn("AUTHENTICATED", "ENROLL");

        HttpSession.Response again = afterPassword().postJson("/api/v1/session/second-factor",
                Map.of("method", "bypass_code", "code", code.group(1)));
        assertThat(again.status()).isEqualTo(401);
    }

    private HttpSession afterPassword() {
        HttpSession client = newSession();
        HttpSession.Response response = client.apiSignIn("admin", TestUsers.ADMIN_PASSWORD);
        assertThat(response.json().get("state").asString()).isEqualTo("SECOND_FACTOR");
        return client;
    }
}
