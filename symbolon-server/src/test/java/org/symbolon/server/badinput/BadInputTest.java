package org.symbolon.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.setup.FirstAdminSetup;
import org.symbolon.server.api.AdminSessions;
import org.symbolon.server.testing.DatabaseSnapshot;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * Every member of every API body and every field of every form, tried with every bad value:
 * the answer is a 4xx (a form page with its error, or a problem document), never a 500 and
 * never a stack trace, and the database is unchanged. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class BadInputTest extends ServerTest {

    /**
     * Members for which an empty value is valid: it clears an optional value. Where a request
     * creates something that case is a good request, not a bad one, and is not tried here.
     */
    private static final List<String> EMPTY_ALLOWED = List.of("displayName", "email");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FirstAdminSetup setup;

    private HttpSession admin;
    private HttpSession user;

    @BeforeEach
    void usersAndSessions() {
        TestUsers.admin(accounts, "root");
        TestUsers.user(accounts, "alice");
        admin = newSession();
        admin.apiSignIn("root", TestUsers.ADMIN_PASSWORD);
        AdminSessions.confirmedWithPassword(admin, TestUsers.ADMIN_PASSWORD);
        user = newSession();
        user.apiSignIn("alice", TestUsers.USER_PASSWORD);
    }

    @Test
    void signInBody() {
        tryJson(newSession().primeApi(), "POST", "/api/v1/session",
                Map.of("username", "\"alice\"", "password", "\"" + TestUsers.USER_PASSWORD + "\""));
    }

    @Test
    void passwordChangeBody() {
        tryJson(user, "POST", "/api/v1/account/password",
                Map.of("currentPassword", "\"" + TestUsers.USER_PASSWORD + "\"", "newPassword", "\"amber-falcon-river\""));
    }

    @Test
    void profileBody() {
        tryJson(user, "PATCH", "/api/v1/account", Map.of("displayName", "\"\"", "email", "\"\""));
    }

    @Test
    void newUserBody() {
        tryJson(admin, "POST", "/api/v1/admin/users", ordered(
                "username", "\"bob\"", "displayName", "\"Bob\"", "email", "\"bob@example.org\"",
                "role", "\"USER\"", "password", "\"amber-falcon-river\""));
    }

    @Test
    void userPatchBody() {
        tryJson(admin, "PATCH", "/api/v1/admin/users/alice", ordered(
                "displayName", "\"\"", "email", "\"\"", "role", "\"USER\"", "state", "\"ACTIVE\""));
    }

    @Test
    void bodiesThatAreNotJsonObjects() {
        var before = DatabaseSnapshot.users(jdbc);
        SoftAssertions soft = new SoftAssertions();
        for (String body : List.of("", "not json", "{", "[]", "null", "\"text\"", "{\"username\":\"a\",\"extra\":1}")) {
            for (String path : List.of("/api/v1/session", "/api/v1/admin/users", "/api/v1/account/password")) {
                HttpSession.Response response = admin.sendJson("POST", path, body);
                checkClientError(soft, "POST " + path + " with " + body, response);
            }
        }
        soft.assertThat(DatabaseSnapshot.users(jdbc)).isEqualTo(before);
        soft.assertAll();
    }

    @Test
    void bodiesOverTheLimitAreRefusedUnread() {
        var before = DatabaseSnapshot.users(jdbc);
        String huge = "{\"username\":\"" + "x".repeat(70 * 1024) + "\",\"password\":\"p\"}";
        HttpSession.Response response = admin.sendJson("POST", "/api/v1/admin/users", huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asString()).isEqualTo("payload_too_large");
        assertThat(DatabaseSnapshot.users(jdbc)).isEqualTo(before);
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsNamed() {
        HttpSession.Response response = admin.get("/api/v1/admin/users?page=abc");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("invalid_request");
        assertThat(response.json().get("field").asString()).isEqualTo("page");
    }

    @Test
    void userListParameters() {
        SoftAssertions soft = new SoftAssertions();
        // A 10,000-character query makes the request line longer than Tomcat's 8 KiB limit: Tomcat
        // itself answers 400, before the application, so that answer is plain HTML.
        HttpSession.Response tooLong = admin.get("/api/v1/admin/users?query=" + BadValues.LONG);
        soft.assertThat(tooLong.status()).isEqualTo(400);
        soft.assertThat(tooLong.body()).doesNotContain("Tomcat/", "Exception");
        for (String query : List.of("page=-1", "page=abc", "size=0", "size=101", "size=abc", "page=99999999999",
                "query=" + "x".repeat(201), "query=%FF%FE")) {
            checkClientError(soft, query, admin.get("/api/v1/admin/users?" + query));
            HttpSession.Response page = admin.get("/admin/users?" + query);
            soft.assertThat(page.status()).as("page " + query).isLessThan(500);
        }
        soft.assertAll();
    }

    @Test
    void signInForm() {
        tryForm(newSession(), "/login", "/login", ordered("username", "alice", "password", TestUsers.USER_PASSWORD));
    }

    @Test
    void setupForm() {
        // Setup only works on an empty instance: start from one.
        jdbc.sql("DELETE FROM users").update();
        String token = setup.issue().secret();
        tryForm(newSession(), "/setup?token=" + token, "/setup", ordered(
                "token", token, "username", "first", "displayName", "First", "email", "first@example.org",
                "password", "quiet-meadow-copper-engine"));
    }

    @Test
    void profileForm() {
        HttpSession web = webSignIn("alice", TestUsers.USER_PASSWORD);
        tryForm(web, "/account", "/account/profile", ordered("displayName", "", "email", ""));
    }

    @Test
    void passwordForm() {
        HttpSession web = webSignIn("alice", TestUsers.USER_PASSWORD);
        tryForm(web, "/account", "/account/password", ordered(
                "currentPassword", TestUsers.USER_PASSWORD, "newPassword", "amber-falcon-river"));
    }

    @Test
    void newUserForm() {
        HttpSession web = webSignIn("root", TestUsers.ADMIN_PASSWORD);
        tryForm(web, "/admin/users/new", "/admin/users", ordered(
                "username", "bob", "displayName", "Bob", "email", "bob@example.org", "role", "USER",
                "password", "amber-falcon-river"));
    }

    @Test
    void roleAndStateForms() {
        HttpSession web = webSignIn("root", TestUsers.ADMIN_PASSWORD);
        tryForm(web, "/admin/users/alice", "/admin/users/alice/role", ordered("role", "USER"));
        tryForm(web, "/admin/users/alice", "/admin/users/alice/state", ordered("state", "ACTIVE"));
    }

    private HttpSession webSignIn(String username, String password) {
        HttpSession web = newSession();
        HttpSession.Response response = web.submitForm("/login", "/login", Map.of("username", username, "password", password));
        assertThat(response.status()).isEqualTo(302);
        return web;
    }

    /** Replaces each member in turn by each bad value; the other members keep their valid values. */
    private void tryJson(HttpSession client, String method, String path, Map<String, String> validMembers) {
        SoftAssertions soft = new SoftAssertions();
        for (String member : validMembers.keySet()) {
            for (Map.Entry<String, String> bad : BadValues.json().entrySet()) {
                var before = DatabaseSnapshot.users(jdbc);
                Map<String, String> members = new LinkedHashMap<>(validMembers);
                members.put(member, bad.getValue());
                String body = members.entrySet().stream()
                        .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
                        .collect(Collectors.joining(",", "{", "}"));
                String description = method + " " + path + " " + member + " = " + bad.getKey();
                boolean validEmpty = bad.getKey().equals("empty") && EMPTY_ALLOWED.contains(member);
                if (validEmpty && method.equals("POST")) {
                    continue;
                }
                HttpSession.Response response = client.sendJson(method, path, body);
                if (validEmpty) {
                    soft.assertThat(response.status()).as(description).isEqualTo(200);
                } else {
                    checkClientError(soft, description, response);
                }
                soft.assertThat(DatabaseSnapshot.users(jdbc)).as(description + " leaves the database unchanged")
                        .isEqualTo(before);
            }
        }
        soft.assertAll();
    }

    private void tryForm(HttpSession client, String pagePath, String actionPath, Map<String, String> validFields) {
        SoftAssertions soft = new SoftAssertions();
        for (String field : validFields.keySet()) {
            for (Map.Entry<String, String> bad : BadValues.form().entrySet()) {
                var before = DatabaseSnapshot.users(jdbc);
                String csrf = csrfOf(client.get(pagePath).body());
                String body = validFields.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + (entry.getKey().equals(field) ? bad.getValue()
                                : java.net.URLEncoder.encode(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8)))
                        .collect(Collectors.joining("&")) + "&_csrf=" + csrf;
                String description = "POST " + actionPath + " " + field + " = " + bad.getKey();
                boolean validEmpty = bad.getKey().equals("empty") && EMPTY_ALLOWED.contains(field);
                if (validEmpty && !actionPath.startsWith("/account")) {
                    continue;
                }
                HttpSession.Response response = client.postRawForm(actionPath, body);
                if (validEmpty) {
                    soft.assertThat(response.status()).as(description).isEqualTo(302);
                } else {
                    soft.assertThat(response.status()).as(description).isBetween(400, 499);
                    soft.assertThat(response.body()).as(description).doesNotContain("Exception", "at org.");
                }
                soft.assertThat(DatabaseSnapshot.users(jdbc)).as(description + " leaves the database unchanged")
                        .isEqualTo(before);
            }
        }
        soft.assertAll();
    }

    private static void checkClientError(SoftAssertions soft, String description, HttpSession.Response response) {
        soft.assertThat(response.status()).as(description).isBetween(400, 499);
        soft.assertThat(response.header("Content-Type")).as(description + " content type")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        soft.assertThat(response.body()).as(description).contains("\"code\":").doesNotContain("Exception", "at org.");
    }

    private static String csrfOf(String page) {
        var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
