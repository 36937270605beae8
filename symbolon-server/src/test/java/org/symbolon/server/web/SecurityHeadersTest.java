package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/** The protections every response carries, on plain HTTP from an untrusted client. */
class SecurityHeadersTest extends ServerTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void everyPageAndEndpointCarriesTheSecurityHeaders() {
        TestUsers.admin(accounts, "root");
        HttpSession admin = newSession();
        admin.apiSignIn("root", TestUsers.ADMIN_PASSWORD);
        for (String path : List.of("/login", "/setup", "/account", "/admin/users", "/api/v1/session", "/api/v1/account",
                "/no-such-page", "/api/v1/no-such-thing")) {
            HttpSession.Response response = admin.get(path);
            assertThat(response.header("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(response.header("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.header("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(response.header("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.header("Cache-Control")).as(path).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
            if (response.status() < 300 || response.status() >= 400) {
                assertThat(response.header("Content-Type")).as(path)
                        .hasValueSatisfying(type -> assertThat(type).containsIgnoringCase("charset=utf-8"));
            }
            assertThat(response.header("Strict-Transport-Security")).as("no HSTS on plain HTTP").isEmpty();
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndLaxAndNotSecureOnPlainHttp() {
        TestUsers.user(accounts, "alice");
        HttpSession client = newSession().primeApi();
        HttpSession.Response signIn = client.postJson("/api/v1/session",
                java.util.Map.of("username", "alice", "password", TestUsers.USER_PASSWORD));
        String cookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("SYMBOLON_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure", "Domain");
    }

    @Test
    void forwardedProtoFromAnUntrustedClientIsIgnored() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/login"))
                        .header("X-Forwarded-Proto", "https").build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void traceIsRefused() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/login"))
                        .method("TRACE", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        HttpSession client = newSession();
        HttpSession.Response spec = client.get("/api/openapi.json");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("\"openapi\"", "/api/v1/session", "/api/v1/account/password",
                "/api/v1/admin/users/{username}");
        HttpSession.Response docs = client.get("/api/docs");
        assertThat(docs.status()).isEqualTo(302);
        assertThat(client.get(docs.location()).status()).isEqualTo(200);
    }

    @Test
    void healthAndMetricsAnswer() {
        HttpSession client = newSession();
        assertThat(client.get("/actuator/health/liveness").body()).contains("UP");
        assertThat(client.get("/actuator/health/readiness").body()).contains("UP");
        assertThat(client.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }
}
