package org.symbolon.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * The API-token endpoints and page tried as {@link BadInputTest} tries the others: every member of
 * the body and every field of the form with every bad value, numbers and scopes of the wrong kind,
 * and token ids of every shape in the path. The answer is a 4xx without a trace, and neither the
 * tokens nor the audit log change. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class ApiTokenBadInputTest extends ServerTest {

    private static final String TOKENS = "/api/v1/admin/api-tokens";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    private HttpSession admin;
    private String existingId;

    @BeforeEach
    void administratorWithOneToken() {
        TestUsers.admin(accounts, "root");
        admin = newSession();
        assertThat(admin.apiSignIn("root", TestUsers.ADMIN_PASSWORD).status()).isEqualTo(200);
        HttpSession.Response created = admin.postJson(TOKENS, Map.of("name", "existing", "scopes", List.of("admin:read")));
        existingId = created.json().get("id").asString();
    }

    @Test
    void newTokenBodyMemberByMember() {
        Map<String, String> valid = ordered("name", "\"deploy\"", "scopes", "[\"admin:read\"]", "expiresInDays", "30");
        SoftAssertions soft = new SoftAssertions();
        for (String member : valid.keySet()) {
            for (Map.Entry<String, String> bad : BadValues.json().entrySet()) {
                Map<String, String> members = new LinkedHashMap<>(valid);
                members.put(member, bad.getValue());
                tryBody(soft, member + " = " + bad.getKey(), members);
            }
        }
        soft.assertAll();
    }

    @Test
    void scopesOfTheWrongKind() {
        SoftAssertions soft = new SoftAssertions();
        for (String scopes : List.of("[]", "[\"ADMIN:READ\"]", "[\"admin:read\",\"admin:*\"]", "[\"admin\"]",
                "[\"admin:read \"]", "[null]", "[\"admin:read\",1]", "[\"admin:read\",[\"admin:write\"]]",
                "\"admin:read\"", "null", "[\"" + BadValues.LONG + "\"]")) {
            tryBody(soft, "scopes = " + scopes, ordered("name", "\"deploy\"", "scopes", scopes));
        }
        soft.assertAll();
    }

    @Test
    void lifetimesOutOfRangeOrNotWholeNumbers() {
        SoftAssertions soft = new SoftAssertions();
        for (String days : List.of("0", "-1", "366", "365.5", "90.0", "1e2", "\"90\"", "\"\"", "true",
                "99999999999", "-99999999999", "[90]", "{\"days\":90}", "\"ninety\"")) {
            tryBody(soft, "expiresInDays = " + days,
                    ordered("name", "\"deploy\"", "scopes", "[\"admin:read\"]", "expiresInDays", days));
        }
        soft.assertAll();
        HttpSession.Response fallback = admin.sendJson("POST", TOKENS,
                "{\"name\":\"deploy\",\"scopes\":[\"admin:read\"],\"expiresInDays\":null}");
        assertThat(fallback.status()).as("null is the default of 90 days").isEqualTo(201);
    }

    @Test
    void namesOfTheWrongShape() {
        SoftAssertions soft = new SoftAssertions();
        for (String name : List.of("\"   \"", "\"" + "a".repeat(65) + "\"", "\"-dash\"", "\"a\\u202Eb\"", "\"a<b>\"",
                "\"tab\\there\"", "\"new\\nline\"", "\"EXISTING\"")) {
            tryBody(soft, "name = " + name, ordered("name", name, "scopes", "[\"admin:read\"]"));
        }
        soft.assertAll();
    }

    @Test
    void bodiesThatAreNotJsonObjects() {
        SoftAssertions soft = new SoftAssertions();
        for (String body : List.of("", "not json", "{", "[]", "null", "\"text\"",
                "{\"name\":\"a\",\"scopes\":[\"admin:read\"],\"extra\":1}", "{\"name\":\"a\",\"scopes\":[\"admin:read\"],\"secret\":\"x\"}")) {
            tryCase(soft, "POST " + body, () -> admin.sendJson("POST", TOKENS, body), true);
        }
        soft.assertAll();
    }

    @Test
    void tokenIdsInThePath() {
        Map<String, String> ids = ordered("a space", "%20", "a plus", "+", "a dot", ".", "..", "..", "../ encoded",
                "%2E%2E%2F", "a lone percent", "%", "a cut-off escape", "%E2%82", "invalid UTF-8", "%FF%FE",
                "an encoded NUL", "%00", "the serial id", "1", "a UUID of no token", "00000000-0000-4000-8000-000000000000",
                "the existing id in capitals", existingId.toUpperCase(), "65 characters", "x".repeat(65),
                "10,000 characters", BadValues.LONG);
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            tryCase(soft, "DELETE " + id.getKey(), () -> sendRaw("DELETE", TOKENS + "/" + id.getValue()), false);
            tryCase(soft, "POST revoke " + id.getKey(),
                    () -> sendRawForm("/admin/api-tokens/" + id.getValue() + "/revoke"), false);
        }
        soft.assertAll();
        assertThat(admin.get(TOKENS).json().get("apiTokens").get(0).get("state").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void newTokenFormFieldByField() {
        HttpSession web = webSignIn();
        Map<String, String> valid = ordered("tokenName", "deploy", "tokenScopes", "admin:read", "tokenExpiresInDays", "30");
        SoftAssertions soft = new SoftAssertions();
        for (String field : valid.keySet()) {
            Map<String, String> values = new LinkedHashMap<>(BadValues.form());
            if (field.equals("tokenExpiresInDays")) {
                for (String days : List.of("0", "366", "-1", "abc", "1e2", "90.5", "٩٠", "９０", "+90", "0x10", "00000090")) {
                    values.put(days, URLEncoder.encode(days, StandardCharsets.UTF_8));
                }
            }
            if (field.equals("tokenScopes")) {
                values.put("an unknown scope", "admin%3A*");
                values.put("in capitals", "ADMIN%3AREAD");
            }
            for (Map.Entry<String, String> bad : values.entrySet()) {
                String body = valid.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + (entry.getKey().equals(field) ? bad.getValue()
                                : URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)))
                        .collect(Collectors.joining("&")) + "&_csrf=" + csrfOf(web.get("/admin/api-tokens").body());
                tryForm(soft, web, field + " = " + bad.getKey(), body);
            }
        }
        String csrf = "&_csrf=" + csrfOf(web.get("/admin/api-tokens").body());
        tryForm(soft, web, "no scopes at all", "tokenName=deploy&tokenExpiresInDays=30" + csrf);
        tryForm(soft, web, "no fields at all", csrf.substring(1));
        tryForm(soft, web, "a name in use", "tokenName=EXISTING&tokenScopes=admin%3Aread&tokenExpiresInDays=30" + csrf);
        soft.assertAll();
    }

    private HttpSession webSignIn() {
        HttpSession web = newSession();
        HttpSession.Response response = web.submitForm("/login", "/login",
                Map.of("username", "root", "password", TestUsers.ADMIN_PASSWORD));
        assertThat(response.status()).isEqualTo(302);
        return web;
    }

    private void tryBody(SoftAssertions soft, String description, Map<String, String> members) {
        String body = members.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        tryCase(soft, "POST " + description, () -> admin.sendJson("POST", TOKENS, body), true);
    }

    /** One refused request: a 4xx without a trace (a problem document if asked), and nothing changed. */
    private void tryCase(SoftAssertions soft, String description, Supplier<HttpSession.Response> request, boolean problem) {
        String before = stateOfTokensAndEvents();
        HttpSession.Response response = request.get();
        soft.assertThat(response.status()).as(description).isBetween(400, 499);
        soft.assertThat(response.body()).as(description).doesNotContain("Exception", "at org.", "Tomcat/");
        if (problem) {
            soft.assertThat(response.header("Content-Type")).as(description + " content type")
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            soft.assertThat(response.body()).as(description).contains("\"code\":");
        }
        soft.assertThat(stateOfTokensAndEvents()).as(description + " leaves tokens and events unchanged").isEqualTo(before);
    }

    private void tryForm(SoftAssertions soft, HttpSession web, String description, String encodedBody) {
        String before = stateOfTokensAndEvents();
        HttpSession.Response response = web.postRawForm("/admin/api-tokens", encodedBody);
        soft.assertThat(response.status()).as(description).isEqualTo(400);
        // The page with its error summary, or (for bytes that are not UTF-8) the answer of MalformedParameterFilter.
        soft.assertThat(response.body()).as(description).doesNotContain("Exception", "at org.", "symbolon_");
        soft.assertThat(stateOfTokensAndEvents()).as(description + " leaves tokens and events unchanged").isEqualTo(before);
    }

    private String stateOfTokensAndEvents() {
        return jdbc.sql("SELECT * FROM api_tokens ORDER BY id").query().listOfRows()
                + " " + jdbc.sql("SELECT COUNT(*) FROM security_events").query(Integer.class).single();
    }

    /** A request line as given, which java.net.http would refuse to send; with the admin's cookies and CSRF header. */
    private HttpSession.Response sendRaw(String method, String path) {
        String csrf = admin.csrfCookie().orElse("");
        return raw(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\nCookie: SYMBOLON_SESSION="
                + admin.sessionCookie() + "; XSRF-TOKEN=" + csrf + "\r\nX-XSRF-TOKEN: " + csrf
                + "\r\nAccept: application/json\r\nContent-Length: 0\r\n\r\n");
    }

    private HttpSession.Response sendRawForm(String path) {
        String csrf = admin.csrfCookie().orElse("");
        String body = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return raw("POST " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\nCookie: SYMBOLON_SESSION="
                + admin.sessionCookie() + "; XSRF-TOKEN=" + csrf + "\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
    }

    private HttpSession.Response raw(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                String[] header = lines[i].split(":", 2);
                headers.putIfAbsent(header[0].trim(), List.of(header[1].trim()));
            }
            return new HttpSession.Response(Integer.parseInt(lines[0].split(" ")[1]), answer.substring(end + 4),
                    java.net.http.HttpHeaders.of(headers, (name, value) -> true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csrfOf(String page) {
        Matcher matcher = CSRF_FIELD.matcher(page);
        return matcher.find() ? URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8) : "";
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
