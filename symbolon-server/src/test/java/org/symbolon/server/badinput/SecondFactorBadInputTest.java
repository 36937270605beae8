package org.symbolon.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
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
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * The second-factor endpoints tried as {@link BadInputTest} tries the others: every member of every
 * body, every field of the second-step form, authenticator ids in the path, and codes of the wrong
 * shape. The answer is a 4xx, never a 500 or a stack trace, and the account, its authenticators and
 * its recovery codes are unchanged. The hardware-token (HOTP) endpoints and pages are tried here too,
 * in the same server context, rather than in a class and context of their own. Only the attempt counter may move, since a wrong code is a
 * failed attempt; it is reset before each case, so that the limit does not turn every later case
 * into a 429. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class SecondFactorBadInputTest extends ServerTest {

    /** The columns of users that a wrong code is meant to change (V2 migration). */
    private static final Set<String> ATTEMPT_COLUMNS =
            Set.of("second_factor_failures", "second_factor_last_failure_at", "second_factor_locked");

    /** Typed app codes of the wrong shape: fullwidth and Arabic-Indic digits, a sign, a digit short, a digit over. */
    private static final List<String> MALFORMED_APP_CODES = List.of(
            "\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16", "\u0661\u0662\u0663\u0664\u0665\u0666", "+123456", "12345", "1234567");

    /** Typed recovery codes of the wrong shape: too short, 10,000 characters, an emoji in the last group. */
    private static final List<String> MALFORMED_RECOVERY_CODES =
            List.of("abcd-efgh", BadValues.LONG, "abcd-efgh-jkmn-pq\uD83D\uDE00");

    /** The shape of a recovery code, but not one of alice's: those come from the server's random generator. */
    private static final String UNKNOWN_RECOVERY_CODE = "aaaa-bbbb-cccc-dddd";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** What a refused request must answer besides "a 4xx without a trace": a problem document, and which. */
    private record Answer(boolean problem, int status, String code) {
        static final Answer PROBLEM = new Answer(true, 0, null);
        /** A page, or Tomcat's own 400 for a request line it refuses before the application sees it. */
        static final Answer ANY = new Answer(false, 0, null);
        static final Answer INVALID_CODE = new Answer(true, 401, "invalid_code");
        static final Answer WRONG_PASSWORD_OR_CODE = new Answer(true, 403, "wrong_password_or_code");
    }

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    private HttpSession alice;
    private String secret;
    private AuthenticatorApp app;
    private String authenticatorId;

    /** Alice, signed in, with an active authenticator: so signing in again stops at the second step. */
    @BeforeEach
    void aliceWithAnAuthenticator() {
        TestUsers.user(accounts, "alice");
        alice = newSession();
        assertThat(alice.apiSignIn("alice", TestUsers.USER_PASSWORD).status()).isEqualTo(200);
        HttpSession.Response started = startEnrollment();
        secret = started.json().get("secret").asString();
        app = new AuthenticatorApp(secret);
        authenticatorId = started.json().get("id").asString();
        HttpSession.Response activated = alice.postJson("/api/v1/account/totp/" + authenticatorId + "/activate",
                Map.of("code", app.nextCode()));
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
    }

    @Test
    void secondStepBody() {
        tryJson(this::afterPassword, "POST", "/api/v1/session/second-factor",
                ordered("method", "\"totp\"", "code", quoted(nextCode())));
    }

    @Test
    void secondStepCodesOfTheWrongShape() {
        SoftAssertions soft = new SoftAssertions();
        BiFunction<String, String, Supplier<HttpSession.Response>> secondStep = (method, code) ->
                () -> afterPassword().postJson("/api/v1/session/second-factor", Map.of("method", method, "code", code));
        MALFORMED_APP_CODES.forEach(code -> tryCase(soft, "totp " + code, secondStep.apply("totp", code), Answer.PROBLEM));
        MALFORMED_RECOVERY_CODES.forEach(code ->
                tryCase(soft, "recovery code " + code, secondStep.apply("recovery_code", code), Answer.PROBLEM));
        String wrong = wrongCodeOfValidShape(secret, 1);
        tryCase(soft, "totp '" + wrong + "'", secondStep.apply("totp", wrong), Answer.INVALID_CODE);
        tryCase(soft, "recovery code of the right shape", secondStep.apply("recovery_code", UNKNOWN_RECOVERY_CODE),
                Answer.INVALID_CODE);
        soft.assertAll();
    }

    @Test
    void enrollmentBody() {
        tryJson(() -> alice, "POST", "/api/v1/account/totp",
                ordered("password", quoted(TestUsers.USER_PASSWORD), "name", "\"Laptop\""));
    }

    @Test
    void activationBody() {
        HttpSession.Response pending = startEnrollment();
        String path = "/api/v1/account/totp/" + pending.json().get("id").asString() + "/activate";
        String pendingSecret = pending.json().get("secret").asString();
        SoftAssertions soft = new SoftAssertions();
        MALFORMED_APP_CODES.forEach(code ->
                tryCase(soft, "activate with " + code, () -> alice.postJson(path, Map.of("code", code)), Answer.PROBLEM));
        String wrong = wrongCodeOfValidShape(pendingSecret, 10);
        tryCase(soft, "activate with '" + wrong + "'", () -> alice.postJson(path, Map.of("code", wrong)), Answer.INVALID_CODE);
        soft.assertAll();
        tryJson(() -> alice, "POST", path, ordered("code", quoted(Oathtool.totp(pendingSecret, Instant.now()))));
    }

    @Test
    void authenticatorIdsInThePath() {
        HttpSession.Response pending = startEnrollment();
        String activation = "{\"code\":\"" + Oathtool.totp(pending.json().get("secret").asString(), Instant.now()) + "\"}";
        String removal = passwordAndCode(nextCode());
        Map<String, String> ids = ordered("a space", "%20", "a tab", "%09", "a plus", "+", "nothing (two slashes)", "",
                "a dot", ".", "../", "..", "../ twice", "../..", "../ encoded", "%2E%2E%2F", "a lone percent", "%",
                "%ZZ", "%ZZ", "a cut-off escape", "%E2%82", "invalid UTF-8", "%FF%FE", "an encoded NUL", "%00",
                "65 characters", "x".repeat(65), "a raw byte 0x85", "\u0085", "the raw UTF-8 bytes of é", "\u00C3\u00A9",
                "10,000 characters", BadValues.LONG);
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            String base = "/api/v1/account/totp/" + id.getValue();
            tryCase(soft, "POST " + id.getKey() + "/activate", () -> sendRaw(alice, "POST", base + "/activate", activation),
                    Answer.ANY);
            tryCase(soft, "DELETE " + id.getKey(), () -> sendRaw(alice, "DELETE", base, removal), Answer.ANY);
        }
        soft.assertAll();
    }

    @Test
    void removalBody() {
        String path = "/api/v1/account/totp/" + authenticatorId;
        tryCodes(code -> alice.sendJson("DELETE", path, passwordAndCode(code)));
        tryJson(() -> alice, "DELETE", path,
                ordered("password", quoted(TestUsers.USER_PASSWORD), "code", quoted(nextCode())));
    }

    @Test
    void disableBody() {
        String path = "/api/v1/account/second-factors/disable";
        tryCodes(code -> alice.sendJson("POST", path, passwordAndCode(code)));
        tryJson(() -> alice, "POST", path, ordered("password", quoted(TestUsers.USER_PASSWORD), "code", quoted(nextCode())));
    }

    @Test
    void recoveryCodesBody() {
        tryJson(() -> alice, "POST", "/api/v1/account/recovery-codes", ordered("password", quoted(TestUsers.USER_PASSWORD)));
    }

    @Test
    void bodiesThatAreNotJsonObjects() {
        List<String> endpoints = List.of("POST /api/v1/session/second-factor", "POST /api/v1/account/totp",
                "POST /api/v1/account/totp/" + authenticatorId + "/activate",
                "DELETE /api/v1/account/totp/" + authenticatorId,
                "POST /api/v1/account/second-factors/disable", "POST /api/v1/account/recovery-codes");
        SoftAssertions soft = new SoftAssertions();
        for (String body : List.of("", "not json", "{", "[]", "null", "\"text\"", "{\"code\":\"123456\",\"extra\":1}")) {
            for (String endpoint : endpoints) {
                String[] methodAndPath = endpoint.split(" ");
                HttpSession client = methodAndPath[1].startsWith("/api/v1/session/") ? afterPassword() : alice;
                tryCase(soft, endpoint + " with " + body, () -> client.sendJson(methodAndPath[0], methodAndPath[1], body),
                        Answer.PROBLEM);
            }
        }
        soft.assertAll();
    }

    @Test
    void secondStepFormCode() {
        Map<String, String> codes = new LinkedHashMap<>(BadValues.form());
        MALFORMED_APP_CODES.forEach(code -> codes.put(code, URLEncoder.encode(code, StandardCharsets.UTF_8)));
        tryForm("code", codes, "method=totp");
    }

    @Test
    void hotpEnrollmentBody() {
        tryJson(() -> alice, "POST", "/api/v1/account/hotp", ordered("password", quoted(TestUsers.USER_PASSWORD),
                "name", "\"Nitrokey\"", "secret", quoted(TOKEN_KEY)));
        SoftAssertions soft = new SoftAssertions();
        for (String key : List.of("ABC", "GEZDGNBVGY3TQOJQ1", "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJQ", "\u00C4" + TOKEN_KEY,
                "\uFF27EZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ!")) {
            tryCase(soft, "hotp key " + key, () -> alice.postJson("/api/v1/account/hotp",
                    Map.of("password", TestUsers.USER_PASSWORD, "secret", key)), new Answer(true, 400, "invalid_request"));
        }
        soft.assertAll();
    }

    @Test
    void hotpActivationBody() {
        String path = "/api/v1/account/hotp/" + pendingToken() + "/activate";
        SoftAssertions soft = new SoftAssertions();
        MALFORMED_APP_CODES.forEach(code ->
                tryCase(soft, "activate with " + code, () -> alice.postJson(path, Map.of("code", code)), Answer.PROBLEM));
        soft.assertAll();
        tryJson(() -> alice, "POST", path, ordered("code", quoted(Oathtool.hotp(TOKEN_KEY, 0))));
    }

    @Test
    void hotpResyncAndRemovalBodiesAndIds() {
        String id = activeToken();
        tryJson(() -> alice, "POST", "/api/v1/account/hotp/" + id + "/resync", ordered("password",
                quoted(TestUsers.USER_PASSWORD), "firstCode", quoted(Oathtool.hotp(TOKEN_KEY, 40)),
                "secondCode", quoted(Oathtool.hotp(TOKEN_KEY, 41))));
        SoftAssertions soft = new SoftAssertions();
        for (String bad : List.of("%20", "..", "%2E%2E%2F", "%00", "%FF%FE", "x".repeat(65), BadValues.LONG)) {
            tryCase(soft, "resync " + abbreviated(bad), () -> sendRaw(alice, "POST", "/api/v1/account/hotp/" + bad + "/resync",
                    "{\"password\":\"" + TestUsers.USER_PASSWORD + "\",\"firstCode\":\"1\",\"secondCode\":\"2\"}"), Answer.ANY);
            tryCase(soft, "remove " + abbreviated(bad), () -> sendRaw(alice, "DELETE", "/api/v1/account/hotp/" + bad,
                    passwordAndCode(nextCode())), Answer.ANY);
        }
        soft.assertAll();
        String path = "/api/v1/account/hotp/" + id;
        tryCodes(code -> alice.sendJson("DELETE", path, passwordAndCode(code)));
        tryJson(() -> alice, "DELETE", path,
                ordered("password", quoted(TestUsers.USER_PASSWORD), "code", quoted(Oathtool.hotp(TOKEN_KEY, 42))));
    }

    @Test
    void hotpBodiesThatAreNotJsonObjectsAndHotpCodesOfTheWrongShape() {
        String id = activeToken();
        SoftAssertions soft = new SoftAssertions();
        for (String body : List.of("", "not json", "[]", "null", "{\"code\":\"123456\",\"extra\":1}")) {
            for (String path : List.of("/api/v1/account/hotp", "/api/v1/account/hotp/" + id + "/resync",
                    "/api/v1/account/hotp/" + pendingToken() + "/activate")) {
                tryCase(soft, "POST " + path + " with " + body, () -> alice.sendJson("POST", path, body), Answer.PROBLEM);
            }
            tryCase(soft, "DELETE with " + body, () -> alice.sendJson("DELETE", "/api/v1/account/hotp/" + id, body),
                    Answer.PROBLEM);
        }
        for (String code : MALFORMED_APP_CODES) {
            tryCase(soft, "hotp " + code, () -> afterPassword().postJson("/api/v1/session/second-factor",
                    Map.of("method", "hotp", "code", code)), Answer.PROBLEM);
        }
        soft.assertAll();
    }

    @Test
    void hotpPages() {
        String id = activeToken();
        HttpSession web = newSession();
        web.submitForm("/login", "/login", Map.of("username", "alice", "password", TestUsers.USER_PASSWORD));
        assertThat(web.submitForm("/login/second-factor", "/login/second-factor",
                Map.of("method", "totp", "code", app.nextCode())).status()).isEqualTo(302);
        String password = "currentPassword=" + URLEncoder.encode(TestUsers.USER_PASSWORD, StandardCharsets.UTF_8);
        tryPageForm(web, "/account/two-factor/tokens/new", "tokenName", password + "&tokenKey=" + TOKEN_KEY, false);
        tryPageForm(web, "/account/two-factor/tokens/new", "tokenKey", password + "&tokenName=Key", false);
        tryPageForm(web, "/account/two-factor/tokens/new", "currentPassword", "tokenName=Key", true);
        assertThat(web.submitForm("/account/two-factor/tokens/new", "/account/two-factor/tokens/new",
                Map.of("currentPassword", TestUsers.USER_PASSWORD)).status()).isEqualTo(302);
        tryPageForm(web, "/account/two-factor/tokens/new/key", "oneTimeCode", "x=1", true);
        String resync = "/account/two-factor/tokens/" + id + "/resync";
        tryPageForm(web, resync, "firstCode", password + "&secondCode=123456", true);
        tryPageForm(web, resync, "secondCode", password + "&firstCode=123456", true);
        String remove = "/account/two-factor/tokens/" + id + "/remove";
        tryPageForm(web, remove, "oneTimeCode", password, true);
    }

    @Test
    void secondStepFormMethod() {
        Map<String, String> methods = new LinkedHashMap<>(BadValues.form());
        // Empty is the form's default, totp: that request is a good one.
        methods.remove("empty");
        tryForm("method", methods, "code=" + nextCode());
    }

    /** The key of RFC 4226 Appendix D, as a token vendor prints it. */
    private static final String TOKEN_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    /** A pending hardware token of alice's with {@link #TOKEN_KEY}; its id. */
    private String pendingToken() {
        HttpSession.Response started = alice.postJson("/api/v1/account/hotp",
                Map.of("password", TestUsers.USER_PASSWORD, "secret", TOKEN_KEY));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json().get("id").asString();
    }

    /** An active hardware token of alice's, activated with counter 0; its id. */
    private String activeToken() {
        String id = pendingToken();
        assertThat(alice.postJson("/api/v1/account/hotp/" + id + "/activate", Map.of("code", Oathtool.hotp(TOKEN_KEY, 0)))
                .status()).isEqualTo(200);
        return id;
    }

    /**
     * One form of a signed-in page with one field replaced by each bad value; the page must answer
     * a 4xx (or, where {@code mustFail} is false, may accept a value such as an empty name).
     */
    private void tryPageForm(HttpSession web, String path, String field, String otherFields, boolean mustFail) {
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, String> bad : BadValues.form().entrySet()) {
            if (!mustFail && bad.getKey().equals("empty")) {
                continue;
            }
            Matcher csrf = CSRF_FIELD.matcher(web.get(path).body());
            String body = field + "=" + bad.getValue() + "&" + otherFields + "&_csrf=" + (csrf.find() ? csrf.group(1) : "");
            tryCase(soft, "POST " + path + " " + field + " = " + bad.getKey(), () -> web.postRawForm(path, body), Answer.ANY);
        }
        soft.assertAll();
    }

    private HttpSession.Response startEnrollment() {
        HttpSession.Response started = alice.postJson("/api/v1/account/totp",
                Map.of("password", TestUsers.USER_PASSWORD, "name", "Phone"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started;
    }

    /** A new API session of alice's at the second step. */
    private HttpSession afterPassword() {
        HttpSession client = newSession();
        assertThat(client.apiSignIn("alice", TestUsers.USER_PASSWORD).json().get("state").asString())
                .isEqualTo("SECOND_FACTOR");
        return client;
    }

    /**
     * A right code that the authenticator has not used yet, the same on every call: of the requests
     * that carry it, only the one that gets everything else right may use it.
     */
    private String nextCode() {
        return app.upcomingCode();
    }

    /** Six digits, spaced as an app shows them, that no step within {@code window} (and one more) accepts. */
    private static String wrongCodeOfValidShape(String base32Secret, int window) {
        Set<String> valid = new HashSet<>();
        Instant now = Instant.now();
        for (int step = -window - 1; step <= window + 1; step++) {
            valid.add(Oathtool.totp(base32Secret, now.plusSeconds(30L * step)));
        }
        return valid.contains("123456") ? " 654 321 " : " 123 456 ";
    }

    /** Codes of the wrong shape, then of the right shape but wrong, with the right password. */
    private void tryCodes(Function<String, HttpSession.Response> request) {
        SoftAssertions soft = new SoftAssertions();
        List<String> codes = new ArrayList<>(MALFORMED_APP_CODES);
        codes.addAll(MALFORMED_RECOVERY_CODES);
        codes.forEach(code -> tryCase(soft, "code " + code, () -> request.apply(code), Answer.PROBLEM));
        String wrong = wrongCodeOfValidShape(secret, 1);
        tryCase(soft, "code '" + wrong + "'", () -> request.apply(wrong), Answer.WRONG_PASSWORD_OR_CODE);
        tryCase(soft, "recovery code of the right shape", () -> request.apply(UNKNOWN_RECOVERY_CODE),
                Answer.WRONG_PASSWORD_OR_CODE);
        soft.assertAll();
    }

    /**
     * Replaces each member in turn by each bad value of {@link BadValues#json()}, by JSON null, and
     * leaves it out; the other members keep their valid values. Last, the valid body is accepted:
     * were it not, the refusals before it would prove nothing.
     */
    private void tryJson(Supplier<HttpSession> client, String method, String path, Map<String, String> validMembers) {
        Map<String, String> badValues = new LinkedHashMap<>(BadValues.json());
        badValues.put("null", "null");
        badValues.put("missing", null);
        SoftAssertions soft = new SoftAssertions();
        for (String member : validMembers.keySet()) {
            for (Map.Entry<String, String> bad : badValues.entrySet()) {
                // An authenticator without a name is called "Authenticator", and a token without a
                // key gets a new one: good requests.
                if (Set.of("name", "secret").contains(member) && Set.of("empty", "null", "missing").contains(bad.getKey())) {
                    continue;
                }
                Map<String, String> members = new LinkedHashMap<>(validMembers);
                members.put(member, bad.getValue());
                tryCase(soft, method + " " + path + " " + member + " = " + bad.getKey(),
                        () -> client.get().sendJson(method, path, jsonObject(members)), Answer.PROBLEM);
            }
        }
        HttpSession.Response valid = client.get().sendJson(method, path, jsonObject(validMembers));
        soft.assertThat(valid.status()).as(method + " " + path + " with valid values: " + valid.body()).isBetween(200, 299);
        soft.assertAll();
    }

    /** The second-step form with one field replaced by each bad value, each time in a new web session. */
    private void tryForm(String field, Map<String, String> badValues, String otherField) {
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, String> bad : badValues.entrySet()) {
            HttpSession web = newSession();
            HttpSession.Response signedIn = web.submitForm("/login", "/login",
                    Map.of("username", "alice", "password", TestUsers.USER_PASSWORD));
            assertThat(signedIn.location()).endsWith("/login/second-factor");
            Matcher csrf = CSRF_FIELD.matcher(web.get("/login/second-factor").body());
            String body = field + "=" + bad.getValue() + "&" + otherField + "&_csrf=" + (csrf.find() ? csrf.group(1) : "");
            tryCase(soft, "POST /login/second-factor " + field + " = " + bad.getKey(),
                    () -> web.postRawForm("/login/second-factor", body), Answer.ANY);
        }
        soft.assertAll();
    }

    /** One request: a 4xx without a trace, as {@code answer} says, and no change to the stored factors. */
    private void tryCase(SoftAssertions soft, String description, Supplier<HttpSession.Response> request, Answer answer) {
        jdbc.sql("UPDATE users SET second_factor_failures = 0, second_factor_last_failure_at = NULL, "
                + "second_factor_locked = FALSE").update();
        var before = snapshot();
        HttpSession.Response response = request.get();
        String described = abbreviated(description) + " → " + response.status() + " " + response.location() + " "
                + abbreviated(response.body());
        boolean problem = response.header("Content-Type").orElse("").startsWith("application/problem+json");
        soft.assertThat(response.status()).as(described).isBetween(400, 499);
        soft.assertThat(response.body()).as(described).doesNotContain("Exception", "at org.", "Tomcat/");
        soft.assertThat(problem || !answer.problem()).as(described + " is a problem document").isTrue();
        if (problem) {
            soft.assertThat(response.body()).as(described).contains("\"code\":");
        }
        if (answer.status() != 0) {
            soft.assertThat(response.status()).as(described).isEqualTo(answer.status());
            soft.assertThat(response.body()).as(described).contains("\"code\":\"" + answer.code() + "\"");
        }
        soft.assertThat(snapshot()).as(abbreviated(description) + " leaves the database unchanged").isEqualTo(before);
    }

    /** Users without the attempt counter, authenticators and recovery codes, in a form that compares by content. */
    private Map<String, List<Map<String, Object>>> snapshot() {
        return new TreeMap<>(Map.of("users", rows("SELECT * FROM users ORDER BY id"),
                "totp_credentials", rows("SELECT * FROM totp_credentials ORDER BY id"),
                "hotp_tokens", rows("SELECT * FROM hotp_tokens ORDER BY id"),
                "recovery_codes", rows("SELECT * FROM recovery_codes ORDER BY user_id, code_hash")));
    }

    private List<Map<String, Object>> rows(String query) {
        return jdbc.sql(query).query().listOfRows().stream().map(row -> {
            Map<String, Object> comparable = new TreeMap<>();
            row.forEach((column, value) -> {
                String name = column.toLowerCase(Locale.ROOT);
                if (!ATTEMPT_COLUMNS.contains(name)) {
                    // An array equals only itself: the sealed key is compared as hex.
                    comparable.put(name, value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value);
                }
            });
            return comparable;
        }).toList();
    }

    private HttpSession.Response sendRaw(HttpSession client, String method, String path, String jsonBody) {
        return RawRequest.send(port, client, method, path, "application/json", jsonBody);
    }

    private static String passwordAndCode(String code) {
        return "{\"password\":" + quoted(TestUsers.USER_PASSWORD) + ",\"code\":" + quoted(code) + "}";
    }

    /** The members as a JSON object; a null value leaves the member out. */
    private static String jsonObject(Map<String, String> members) {
        return members.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " characters)";
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
