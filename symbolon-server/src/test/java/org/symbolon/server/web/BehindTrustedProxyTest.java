package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.symbolon.server.testing.ServerTest;

/** Behind a reverse proxy that terminates TLS: its X-Forwarded-Proto makes HSTS and Secure cookies. */
@TestPropertySource(properties = "symbolon.trusted-proxies=127.0.0.1")
class BehindTrustedProxyTest extends ServerTest {

    @Test
    void httpsSaidByTheTrustedProxyTurnsOnHstsAndSecureCookies() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/session")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("XSRF-TOKEN=").contains("Secure"));
    }
}
