package org.symbolon.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client of the server over real HTTP, with its own cookies, as a browser or a script keeps
 * them. It sends the CSRF token the way the docs tell integrators to: the XSRF-TOKEN cookie's
 * value in X-XSRF-TOKEN, or the form's hidden _csrf field.
 */
public final class HttpSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public HttpSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A response with its body as text. */
    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String location() {
            return header("Location").orElse("");
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Sends a JSON body (given as text, so tests can send malformed JSON too) with the CSRF header. */
    public Response sendJson(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        csrfCookie().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return send(request);
    }

    public Response postJson(String path, Object body) {
        return sendJson("POST", path, JSON.writeValueAsString(body));
    }

    public Response patchJson(String path, Object body) {
        return sendJson("PATCH", path, JSON.writeValueAsString(body));
    }

    public Response delete(String path) {
        return sendJson("DELETE", path, null);
    }

    /** Fetches the API session once, so that the XSRF-TOKEN cookie is set. */
    public HttpSession primeApi() {
        get("/api/v1/session");
        return this;
    }

    /** Signs in through the API; returns the response. */
    public Response apiSignIn(String username, String password) {
        primeApi();
        return postJson("/api/v1/session", Map.of("username", username, "password", password));
    }

    /** Posts a form the way a browser does: the CSRF field read from the page that holds the form. */
    public Response submitForm(String pagePath, String actionPath, Map<String, String> fields) {
        String page = get(pagePath).body();
        Matcher csrf = CSRF_FIELD.matcher(page);
        String token = csrf.find() ? csrf.group(1) : "";
        return postForm(actionPath, fields, token);
    }

    /** Posts a form body as given, with the CSRF token given (possibly none). */
    public Response postForm(String actionPath, Map<String, String> fields, String csrfToken) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        if (!csrfToken.isEmpty()) {
            body += (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrfToken);
        }
        return postRawForm(actionPath, body);
    }

    /** Posts an already encoded form body, for malformed encodings. */
    public Response postRawForm(String actionPath, String encodedBody) {
        return send(HttpRequest.newBuilder(uri(actionPath))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedBody, StandardCharsets.ISO_8859_1)));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), cookie);
    }

    public Optional<String> csrfCookie() {
        return cookie("XSRF-TOKEN");
    }

    public String sessionCookie() {
        return cookie("SYMBOLON_SESSION").orElse("");
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
