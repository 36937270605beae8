package org.symbolon.server.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.server.testing.BearerClient;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * Creating, listing and revoking tokens with an administrator's session: names, lifetimes, the
 * secret shown once, revocation that takes effect at once, and the OpenAPI description. Run on H2
 * and on PostgreSQL by the subclasses.
 */
abstract class ApiTokenManagementTest extends ApiTokenServerTest {

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
        HttpSession.Response withCsrf = admin.postJson(TOKENS, Map.of("name", "x", "scopes", List.of("admin:read")));
        HttpSession.Response withoutCsrf = BearerClient.withoutAuthorization(baseUrl())
                .withCookie("SYMBOLON_SESSION", admin.sessionCookie())
                .postJson(TOKENS, Map.of("name", "y", "scopes", List.of("admin:read")));
        assertThat(withCsrf.status()).isEqualTo(201);
        assertThat(withoutCsrf.status()).isEqualTo(403);
        assertThat(withoutCsrf.json().get("code").asString()).isEqualTo("csrf_token_invalid");

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
