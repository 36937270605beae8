package org.symbolon.server.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.api.AdminSessions;
import org.symbolon.server.testing.BearerClient;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;
import tools.jackson.databind.JsonNode;

/** The start of every API-token test: an administrator "root", signed in through the API, and a user "alice". */
abstract class ApiTokenServerTest extends ServerTest {

    static final String TOKENS = "/api/v1/admin/api-tokens";
    static final String NEW_PASSWORD = "amber-falcon-river-stone";

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    HttpSession admin;

    @BeforeEach
    void administrator() {
        TestUsers.admin(accounts, "root");
        TestUsers.user(accounts, "alice");
        admin = newSession();
        assertThat(admin.apiSignIn("root", TestUsers.ADMIN_PASSWORD).status()).isEqualTo(200);
        AdminSessions.confirmedWithPassword(admin, TestUsers.ADMIN_PASSWORD);
    }

    /** Creates a token with the administrator's session; returns the answer, secret included. */
    JsonNode create(String name, String... scopes) {
        HttpSession.Response created = admin.postJson(TOKENS, Map.of("name", name, "scopes", List.of(scopes)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** A script's client holding the secret of a token that {@link #create} made. */
    BearerClient script(JsonNode created) {
        return BearerClient.withToken(baseUrl(), created.get("secret").asString());
    }
}
