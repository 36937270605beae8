package org.symbolon.server.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.BearerClient;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * API tokens end to end: created by an administrator's session, used by a script with nothing but
 * the Bearer header. Scopes, expiry and revocation hold; a token reaches nothing but the admin API.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class ApiTokenFlowTest extends ServerTest {

    private static final String TOKENS = "/api/v1/admin/api-tokens";
    private static final String NEW_PASSWORD = "amber-falcon-river-stone";

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    private HttpSession admin;

    @BeforeEach
    void administrator() {
        TestUsers.admin(accounts, "root");
        TestUsers.user(accounts, "alice");
        admin = newSession();
        assertThat(admin.apiSignIn("root", TestUsers.ADMIN_PASSWORD).status()).isEqualTo(200);
    }

    private JsonNode create(String name, String... scopes) {
        HttpSession.Response created = admin.postJson(TOKENS, Map.of("name", name, "scopes", List.of(scopes)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private BearerClient script(JsonNode created) {
        return BearerClient.withToken(baseUrl(), created.get("secret").asString());
    }

    @Test
    void aReadTokenListsUsersButCannotChangeAnything() {
        JsonNode created = create("monitoring", "admin:read");
        assertThat(created.get("secret").asString()).matches("symbolon_[A-Za-z0-9_-]{43}");
        assertThat(created.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(created.get("createdBy").asString()).isEqualTo("root");
        BearerClient monitoring = script(created);

        HttpSession.Response list = monitoring.get("/api/v1/admin/users");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(2);
        assertThat(monitoring.get("/api/v1/admin/users/alice").status()).isEqualTo(200);
        assertThat(monitoring.send("HEAD", "/api/v1/admin/users", null).status()).isEqualTo(200);

        SoftAssertions soft = new SoftAssertions();
        for (HttpSession.Response refused : List.of(
                monitoring.postJson("/api/v1/admin/users", Map.of("username", "bob", "password", NEW_PASSWORD)),
                monitoring.patchJson("/api/v1/admin/users/alice", Map.of("state", "DISABLED")),
                monitoring.delete("/api/v1/admin/users/alice"))) {
            soft.assertThat(refused.status()).isEqualTo(403);
            soft.assertThat(refused.json().get("code").asString()).isEqualTo("insufficient_scope");
            soft.assertThat(refused.header("WWW-Authenticate"))
                    .contains("Bearer error=\"insufficient_scope\", scope=\"admin:write\"");
        }
        soft.assertAll();
        assertThat(newSession().apiSignIn("alice", TestUsers.USER_PASSWORD).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aWriteTokenChangesUsersWithoutCsrfAndEveryChangeIsAuditedInTheTokensName() {
        BearerClient deploy = script(create("CI deploy", "admin:write"));

        HttpSession.Response createdUser = deploy.postJson("/api/v1/admin/users",
                Map.of("username", "bob", "password", NEW_PASSWORD));
        assertThat(createdUser.status()).as(createdUser.body()).isEqualTo(201);
        assertThat(deploy.patchJson("/api/v1/admin/users/alice", Map.of("state", "DISABLED", "role", "ADMIN")).status())
                .isEqualTo(200);

        assertThat(newSession().apiSignIn("alice", TestUsers.USER_PASSWORD).status()).isEqualTo(401);
        List<Map<String, Object>> events = jdbc.sql(
                "SELECT type, username, actor, detail FROM security_events WHERE actor LIKE 'token:%' ORDER BY id")
                .query().listOfRows();
        assertThat(events).extracting(row -> row.get("TYPE") + " " + row.get("USERNAME") + " " + row.get("ACTOR"))
                .containsExactly("USER_CREATED bob token:CI deploy", "ROLE_CHANGED alice token:CI deploy",
                        "USER_DISABLED alice token:CI deploy");
        HttpSession.Response read = deploy.get("/api/v1/admin/users");
        assertThat(read.status()).as("admin:write does not include admin:read").isEqualTo(403);
        assertThat(read.header("WWW-Authenticate")).contains("Bearer error=\"insufficient_scope\", scope=\"admin:read\"");
    }

    @Test
    void aSessionsChangesAreAuditedInTheAdministratorsName() {
        admin.patchJson("/api/v1/admin/users/alice", Map.of("displayName", "Alice", "role", "ADMIN"));
        admin.patchJson("/api/v1/admin/users/alice", Map.of("role", "ADMIN"));

        assertThat(jdbc.sql("SELECT type || ' ' || actor FROM security_events ORDER BY id").query(String.class).list())
                .containsExactly("ROLE_CHANGED root");
    }

    @Test
    void aTokenRequestSetsNoCookieAndLeavesNoSession() {
        BearerClient script = script(create("monitoring", "admin:read", "admin:write"));
        int sessions = jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Integer.class).single();

        for (HttpSession.Response response : List.of(script.get("/api/v1/admin/users"),
                script.patchJson("/api/v1/admin/users/alice", Map.of("displayName", "A.")),
                script.get("/api/v1/account"), script.get("/api/v1/admin/no-such-thing"),
                BearerClient.withToken(baseUrl(), "symbolon_" + "A".repeat(43)).get("/api/v1/admin/users"))) {
            assertThat(response.headers().allValues("Set-Cookie")).as(response.body()).isEmpty();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Integer.class).single()).isEqualTo(sessions);
    }

    @Test
    void theTokenAloneDecidesEvenBesideAnAdministratorsSessionCookie() {
        BearerClient unknown = BearerClient.withToken(baseUrl(), "symbolon_" + "B".repeat(43))
                .withCookie("SYMBOLON_SESSION", admin.sessionCookie());
        assertThat(unknown.get("/api/v1/admin/users").status()).isEqualTo(401);

        BearerClient reader = script(create("reader", "admin:read")).withCookie("SYMBOLON_SESSION", admin.sessionCookie());
        assertThat(reader.get(TOKENS).status()).isEqualTo(403);
        assertThat(reader.patchJson("/api/v1/admin/users/alice", Map.of("displayName", "A.")).status()).isEqualTo(403);
    }

    @Test
    void expiredRevokedUnknownAndMalformedTokensGetOneAndTheSameAnswer() {
        String expired = create("expired", "admin:read").get("secret").asString();
        Instant past = Instant.parse("2025-01-01T00:00:00Z");
        jdbc.sql("UPDATE api_tokens SET created_at = ?, expires_at = ? WHERE name = 'expired'")
                .params(past.atOffset(ZoneOffset.UTC), past.plusSeconds(86_400).atOffset(ZoneOffset.UTC)).update();
        JsonNode revoked = create("revoked", "admin:read");
        assertThat(admin.delete(TOKENS + "/" + revoked.get("id").asString()).status()).isEqualTo(204);
        String live = create("live", "admin:read").get("secret").asString();

        List<String> authorizations = List.of("Bearer " + expired, "Bearer " + revoked.get("secret").asString(),
                "Bearer symbolon_" + "C".repeat(43), "Bearer " + live.substring(0, live.length() - 1),
                "Bearer " + live + "x", "bearer not-a-token", "Bearer", "Bearer ", "Bearer " + "x".repeat(6000),
                "Bearer " + live + " " + live, "BEARER " + live.toUpperCase());
        SoftAssertions soft = new SoftAssertions();
        for (String authorization : authorizations) {
            for (String path : List.of("/api/v1/admin/users", "/api/v1/account", "/account", TOKENS)) {
                HttpSession.Response response = BearerClient.withAuthorization(baseUrl(), authorization).get(path);
                String description = path + " with a refused token";
                soft.assertThat(response.status()).as(description).isEqualTo(401);
                soft.assertThat(response.header("WWW-Authenticate")).as(description).contains("Bearer error=\"invalid_token\"");
                soft.assertThat(response.header("Content-Type")).as(description)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                soft.assertThat(response.body()).as(description).isEqualTo(
                        "{\"detail\":\"The API token is malformed, unknown, expired or revoked.\",\"status\":401,"
                                + "\"title\":\"Unauthorized\",\"type\":\"urn:symbolon:problem:invalid_token\","
                                + "\"code\":\"invalid_token\"}");
            }
        }
        soft.assertAll();
        assertThat(BearerClient.withToken(baseUrl(), live).get("/api/v1/admin/users").status()).isEqualTo(200);
        assertThat(BearerClient.withAuthorization(baseUrl(), "bEaReR " + live).get("/api/v1/admin/users").status())
                .as("the scheme's name is case-insensitive").isEqualTo(200);
    }

    @Test
    void aTokenReachesNothingButTheAdministrativeApi() {
        BearerClient everything = script(create("everything", "admin:read", "admin:write"));

        SoftAssertions soft = new SoftAssertions();
        for (HttpSession.Response refused : List.of(
                everything.get("/api/v1/account"),
                everything.patchJson("/api/v1/account", Map.of("displayName", "x")),
                everything.get("/api/v1/account/second-factors"),
                everything.get("/api/v1/session"),
                everything.delete("/api/v1/session"),
                everything.get("/account"),
                everything.get("/admin/users"),
                everything.get("/admin/api-tokens"),
                everything.get(TOKENS),
                everything.postJson(TOKENS, Map.of("name", "minted", "scopes", List.of("admin:write"))),
                everything.delete(TOKENS + "/" + create("other", "admin:read").get("id").asString()))) {
            soft.assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            soft.assertThat(refused.json().get("code").asString()).isEqualTo("token_not_allowed");
        }
        soft.assertAll();
        JsonNode list = admin.get(TOKENS).json();
        assertThat(list.get("apiTokens")).extracting(token -> token.get("name").asString() + " " + token.get("state").asString())
                .containsExactlyInAnyOrder("everything ACTIVE", "other ACTIVE");
        HttpSession.Response missing = everything.get("/api/v1/admin/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("not_found");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceAndRevokingIsAuditedOnce() {
        JsonNode created = create("deploy", "admin:read");
        BearerClient deploy = script(created);
        assertThat(deploy.get("/api/v1/admin/users").status()).isEqualTo(200);
        String id = created.get("id").asString();

        assertThat(admin.delete(TOKENS + "/" + id).status()).isEqualTo(204);
        assertThat(deploy.get("/api/v1/admin/users").status()).isEqualTo(401);
        assertThat(admin.delete(TOKENS + "/" + id).status()).as("revoking again").isEqualTo(204);

        JsonNode token = admin.get(TOKENS).json().get("apiTokens").get(0);
        assertThat(token.get("state").asString()).isEqualTo("REVOKED");
        assertThat(token.get("revokedBy").asString()).isEqualTo("root");
        assertThat(token.has("secret")).isFalse();
        assertThat(jdbc.sql("SELECT type || ' ' || actor FROM security_events ORDER BY id").query(String.class).list())
                .containsExactly("API_TOKEN_CREATED root", "API_TOKEN_REVOKED root");
        HttpSession.Response unknown = admin.delete(TOKENS + "/00000000-0000-4000-8000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("api_token_not_found");
    }

    @Test
    void theListShowsTheLastUseAndNeverASecret() {
        JsonNode created = create("deploy", "admin:read");
        assertThat(admin.get(TOKENS).json().get("apiTokens").get(0).get("lastUsedAt").isNull()).isTrue();

        script(created).get("/api/v1/admin/users");

        HttpSession.Response list = admin.get(TOKENS);
        JsonNode token = list.json().get("apiTokens").get(0);
        assertThat(token.get("lastUsedAt").isNull()).isFalse();
        assertThat(token.get("expiresAt").asString()).isEqualTo(created.get("expiresAt").asString());
        assertThat(list.body()).doesNotContain(created.get("secret").asString(), "secret");
        String everythingStored = jdbc.sql("SELECT * FROM api_tokens").query().listOfRows().toString();
        assertThat(everythingStored).doesNotContain(created.get("secret").asString().substring(9));
    }

    @Test
    void aTokenLivesNinetyDaysUnlessToldOtherwise() {
        JsonNode standard = create("standard", "admin:read");
        HttpSession.Response week = admin.postJson(TOKENS,
                Map.of("name", "week", "scopes", List.of("admin:read"), "expiresInDays", 7));

        assertThat(lifetimeInDays(standard)).isEqualTo(90);
        assertThat(lifetimeInDays(week.json())).isEqualTo(7);
    }

    private static long lifetimeInDays(JsonNode token) {
        return java.time.Duration.between(OffsetDateTime.parse(token.get("createdAt").asString()),
                OffsetDateTime.parse(token.get("expiresAt").asString())).toDays();
    }

    @Test
    void namesAreUniqueAmongLiveTokensIgnoringCase() {
        JsonNode first = create("Deploy", "admin:read");

        HttpSession.Response taken = admin.postJson(TOKENS, Map.of("name", "DEPLOY", "scopes", List.of("admin:read")));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("code").asString()).isEqualTo("api_token_name_taken");

        admin.delete(TOKENS + "/" + first.get("id").asString());
        create("deploy", "admin:write");
        assertThat(admin.get(TOKENS).json().get("apiTokens")).hasSize(2);
    }

    @Test
    void onlyAnAdministratorsSessionWithItsCsrfTokenManagesTokens() {
        HttpSession.Response noCsrf = admin.sendJson("POST", TOKENS, "{\"name\":\"x\",\"scopes\":[\"admin:read\"]}");
        // sendJson sends the header when the cookie is there; a client without it:
        HttpSession.Response withoutHeader = BearerClient.withAuthorization(baseUrl(), "Basic cm9vdDpx")
                .withCookie("SYMBOLON_SESSION", admin.sessionCookie())
                .postJson(TOKENS, Map.of("name", "y", "scopes", List.of("admin:read")));
        assertThat(noCsrf.status()).isEqualTo(201);
        assertThat(withoutHeader.status()).isEqualTo(403);
        assertThat(withoutHeader.json().get("code").asString()).isEqualTo("csrf_token_invalid");

        HttpSession alice = newSession();
        alice.apiSignIn("alice", TestUsers.USER_PASSWORD);
        assertThat(alice.get(TOKENS).status()).isEqualTo(403);
        assertThat(alice.postJson(TOKENS, Map.of("name", "z", "scopes", List.of("admin:read"))).status()).isEqualTo(403);
        assertThat(newSession().primeApi().get(TOKENS).status()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentNamesTheScopeOfEachOperationATokenCanReach() {
        JsonNode paths = newSession().get("/api/openapi.json").json().get("paths");

        assertThat(paths.get("/api/v1/admin/users").get("get").get("security").toString())
                .isEqualTo("[{\"apiToken\":[\"admin:read\"]}]");
        assertThat(paths.get("/api/v1/admin/users/{username}").get("patch").get("security").toString())
                .isEqualTo("[{\"apiToken\":[\"admin:write\"]}]");
        assertThat(paths.get("/api/v1/admin/api-tokens").get("post").has("security")).isFalse();
        assertThat(paths.toString()).as("the Actor parameter is resolved, not sent").doesNotContain("auditName", "\"actor\"");
    }
}
