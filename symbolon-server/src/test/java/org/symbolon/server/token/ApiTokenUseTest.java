package org.symbolon.server.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.symbolon.server.testing.BearerClient;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * What a script can do with a token that has nothing but the Bearer header: what its scopes allow,
 * nowhere else, without cookies or CSRF, audited in the token's name; and the one answer that every
 * refused token gets. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class ApiTokenUseTest extends ApiTokenServerTest {

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
        BearerClient reader = script(create("reader", "admin:read")).withCookie("SYMBOLON_SESSION", admin.sessionCookie());

        assertThat(reader.get("/api/v1/admin/users").status()).isEqualTo(200);
        assertThat(reader.get(TOKENS).status()).isEqualTo(403);
        assertThat(reader.patchJson("/api/v1/admin/users/alice", Map.of("displayName", "A.")).status()).isEqualTo(403);
        BearerClient unknown = BearerClient.withToken(baseUrl(), "symbolon_" + "B".repeat(43))
                .withCookie("SYMBOLON_SESSION", admin.sessionCookie());
        assertThat(unknown.get("/api/v1/admin/users").status()).isEqualTo(401);
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
    void answersToTokenRequestsCarryTheSecurityHeadersToo() {
        BearerClient reader = script(create("reader", "admin:read"));
        for (HttpSession.Response response : List.of(reader.get("/api/v1/admin/users"),
                reader.patchJson("/api/v1/admin/users/alice", Map.of("displayName", "x")), reader.get("/account"),
                reader.get("/api/v1/admin/no-such-thing"),
                BearerClient.withToken(baseUrl(), "nonsense").get("/api/v1/admin/users"))) {
            String description = response.status() + " " + response.body();
            assertThat(response.header("Content-Security-Policy")).as(description)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(response.header("X-Content-Type-Options")).as(description).contains("nosniff");
            assertThat(response.header("Referrer-Policy")).as(description).contains("no-referrer");
            assertThat(response.header("Cache-Control")).as(description)
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
            assertThat(response.header("Content-Type")).as(description)
                    .hasValueSatisfying(type -> assertThat(type).containsIgnoringCase("charset=utf-8"));
        }
    }
}
