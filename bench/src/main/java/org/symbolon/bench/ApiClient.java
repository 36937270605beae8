package org.symbolon.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One browser-like client of the REST API: its own cookie jar over a shared {@link HttpClient}.
 * Cookies are kept by hand, by name only, because the driver talks to one host and needs nothing
 * of {@code java.net.CookieManager}'s domain and path rules; a new client is a fresh jar.
 */
final class ApiClient {

    /** What the server answered, and how long the exchange took. */
    record Response(int status, String body, long nanos) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;
    // Concurrent: the administrator's client is shared by the threads that create users.
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    ApiClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** A POST with a JSON body and the CSRF token, as docs/api.md asks of every POST. */
    Response post(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        response.headers().allValues("Set-Cookie").forEach(this::keep);
        return new Response(response.statusCode(), response.body(), nanos);
    }

    /** Keeps "name=value; attributes", or forgets the name when the server clears the cookie. */
    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = pair.substring(0, equals).trim();
        String value = pair.substring(equals + 1).trim();
        boolean cleared = value.isEmpty() || setCookie.toLowerCase().replace(" ", "").contains("max-age=0");
        if (cleared) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
