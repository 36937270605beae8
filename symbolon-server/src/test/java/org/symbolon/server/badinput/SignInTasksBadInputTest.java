package org.symbolon.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.Username;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * The endpoints and forms of the sign-in tasks with bad input: confirming again, putting off
 * enrollment, the new-password page, and the address to return to after confirming. Always a
 * 4xx or a page, never a 500 or a trace, and never a redirect away from the admin console.
 */
class SignInTasksBadInputTest extends ServerTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    private static void assertRefusedCleanly(HttpSession.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.symbolon");
    }

    @Test
    void confirmingAgainWithMalformedBodiesIsA4xx() {
        TestUsers.admin(accounts, "root");
        HttpSession root = newSession();
        root.apiSignIn("root", TestUsers.ADMIN_PASSWORD);
        List<String> bodies = List.of("", "not json", "[]", "{\"method\":7,\"code\":\"1\"}",
                "{\"method\":\"totp\",\"code\":\"1\",\"extra\":1}", "{\"method\":null,\"code\":null}",
                "{\"method\":\"bypass_code\",\"code\":\"aaaa-bbbb-cccc-dddd\"}",
                "{\"method\":\"password\",\"code\":\"" + BadValues.LONG + "\"}",
                "{\"method\":\"password\",\"code\":\"\\ud800\"}", "{\"method\":\"" + BadValues.LONG + "\",\"code\":\"1\"}");
        for (String body : bodies) {
            assertRefusedCleanly(root.sendJson("POST", "/api/v1/session/confirm", body));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_events WHERE type LIKE '%SUCCEEDED'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void withoutASessionOrATaskTheTaskEndpointsRefuse() {
        HttpSession anonymous = newSession().primeApi();
        assertThat(anonymous.postJson("/api/v1/session/enrollment/skip", Map.of()).status()).isEqualTo(401);
        assertThat(anonymous.postJson("/api/v1/session/confirm", Map.of("method", "password", "code", "x")).status())
                .isEqualTo(401);
        assertThat(anonymous.get("/login/new-password").status()).isEqualTo(302);
    }

    @Test
    void theNewPasswordFormRefusesBadPasswordsWithAFormError() {
        TestUsers.user(accounts, "alice");
        accounts.resetPassword(new Username("alice"), "set-by-the-admin-2026");
        HttpSession alice = newSession();
        alice.submitForm("/login", "/login", Map.of("username", "alice", "password", "set-by-the-admin-2026"));
        for (String newPassword : List.of("", "short", BadValues.LONG, "alice", "qwertyuiop")) {
            HttpSession.Response refused = alice.submitForm("/login/new-password", "/login/new-password",
                    Map.of("currentPassword", "set-by-the-admin-2026", "newPassword", newPassword));
            assertThat(refused.status()).as(newPassword).isEqualTo(400);
            assertRefusedCleanly(refused);
            assertThat(refused.body()).contains("role=\"alert\"");
        }
        HttpSession.Response malformed = alice.postRawForm("/login/new-password", "newPassword=%C3%28&currentPassword=x");
        assertRefusedCleanly(malformed);
        assertThat(jdbc.sql("SELECT must_change_password FROM users WHERE username_key = 'alice'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void afterConfirmingTheAdministratorStaysInTheConsoleWhateverTheNextAddressSays() {
        TestUsers.admin(accounts, "root");
        HttpSession root = newSession();
        root.submitForm("/login", "/login", Map.of("username", "root", "password", TestUsers.ADMIN_PASSWORD));
        for (String next : List.of("https://evil.example/", "//evil.example/admin/", "/admin/../../x", "/\\evil.example",
                "/admin//evil.example", "/admin/users\r\nSet-Cookie: x=1", "/account", BadValues.LONG)) {
            HttpSession.Response confirmed = root.submitForm("/admin/confirm", "/admin/confirm",
                    Map.of("next", next, "code", TestUsers.ADMIN_PASSWORD));
            assertThat(confirmed.status()).as(next).isEqualTo(302);
            assertThat(confirmed.location()).as(next).endsWith("/admin/users");
        }
        HttpSession.Response kept = root.submitForm("/admin/confirm", "/admin/confirm",
                Map.of("next", "/admin/users/alice", "code", TestUsers.ADMIN_PASSWORD));
        assertThat(kept.location()).endsWith("/admin/users/alice");
    }
}
