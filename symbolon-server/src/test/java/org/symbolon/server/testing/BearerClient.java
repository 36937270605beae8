package org.symbolon.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/**
 * A script's client of the API: it sends an Authorization header with every request and keeps no
 * cookies, so that nothing but the token can authenticate it. It sends no CSRF header; cookies only
 * when a test adds them.
 */
public final class BearerClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String authorization;
    private final String cookie;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private BearerClient(String baseUrl, String authorization, String cookie) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.cookie = cookie;
    }

    /** Sends {@code Authorization: Bearer <secret>}. */
    public static BearerClient withToken(String baseUrl, String secret) {
        return withAuthorization(baseUrl, "Bearer " + secret);
    }

    /** Sends the Authorization header exactly as given, for malformed ones. */
    public static BearerClient withAuthorization(String baseUrl, String headerValue) {
        return new BearerClient(baseUrl, headerValue, null);
    }

    /** No Authorization header at all: a client with nothing but the cookies given by {@link #withCookie}. */
    public static BearerClient withoutAuthorization(String baseUrl) {
        return new BearerClient(baseUrl, null, null);
    }

    /** The same client, also sending a Cookie header, e.g. an administrator's session. */
    public BearerClient withCookie(String name, String value) {
        return new BearerClient(baseUrl, authorization, name + "=" + value);
    }

    public HttpSession.Response get(String path) {
        return send("GET", path, null);
    }

    public HttpSession.Response postJson(String path, Object body) {
        return send("POST", path, JSON.writeValueAsString(body));
    }

    public HttpSession.Response patchJson(String path, Object body) {
        return send("PATCH", path, JSON.writeValueAsString(body));
    }

    public HttpSession.Response delete(String path) {
        return send("DELETE", path, null);
    }

    public HttpSession.Response send(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpSession.Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
