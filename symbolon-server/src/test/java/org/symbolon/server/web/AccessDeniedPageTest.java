package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/** A user who is not an administrator gets the error page on admin pages, and a problem document in the API. */
class AccessDeniedPageTest extends ServerTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void pagesAnswerWithAPageAndTheApiWithAProblemDocument() {
        TestUsers.user(accounts, "alice");
        HttpSession alice = newSession();
        alice.submitForm("/login", "/login", Map.of("username", "alice", "password", TestUsers.USER_PASSWORD));

        HttpSession.Response page = alice.get("/admin/users");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html").doesNotContain("urn:symbolon:problem");

        HttpSession.Response api = alice.get("/api/v1/admin/users");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.json().get("code").asString()).isEqualTo("forbidden");
    }
}
