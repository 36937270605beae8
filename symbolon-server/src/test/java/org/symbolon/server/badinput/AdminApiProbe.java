package org.symbolon.server.badinput;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.server.testing.HttpSession;

/**
 * One bad request to the administrators' API and what must follow: a 4xx without a trace,
 * the problem document expected, and not one row changed in the tables administrators write.
 */
final class AdminApiProbe {

    /** The tables an administrator's request could write; a refused one changes none. */
    private static final List<String> TABLES = List.of("users", "user_groups", "group_members", "instance_policy",
            "bypass_codes", "totp_credentials", "recovery_codes", "security_events");

    /**
     * @param status 0 for any 4xx
     * @param code null for any code
     * @param field null when the answer need not name one
     * @param problem whether the answer must be a problem document (Tomcat refuses some request lines itself)
     */
    record Expected(int status, String code, String field, boolean problem) {
        static final Expected PROBLEM = new Expected(0, null, null, true);
        static final Expected ANY = new Expected(0, null, null, false);
        static final Expected MALFORMED = new Expected(400, "malformed_request", null, true);
        static final Expected UNSUPPORTED = new Expected(415, "unsupported_media_type", null, true);

        static Expected invalid(String field) {
            return new Expected(400, "invalid_request", field, true);
        }
    }

    private final JdbcClient jdbc;
    private final int port;

    AdminApiProbe(JdbcClient jdbc, int port) {
        this.jdbc = jdbc;
        this.port = port;
    }

    void check(SoftAssertions soft, String description, Supplier<HttpSession.Response> request, Expected expected) {
        var before = snapshot();
        HttpSession.Response response = request.get();
        String described = abbreviated(description) + " → " + response.status() + " " + abbreviated(response.body());
        boolean problem = response.header("Content-Type").orElse("").startsWith("application/problem+json");
        soft.assertThat(response.status()).as(described).isBetween(400, 499);
        soft.assertThat(response.body()).as(described).doesNotContain("Exception", "at org.", "Tomcat/");
        soft.assertThat(problem || !expected.problem()).as(described + " is a problem document").isTrue();
        if (expected.status() != 0) {
            soft.assertThat(response.status()).as(described).isEqualTo(expected.status());
        }
        if (expected.code() != null) {
            soft.assertThat(response.body()).as(described).contains("\"code\":\"" + expected.code() + "\"");
        }
        if (expected.field() != null) {
            soft.assertThat(response.body()).as(described).contains("\"field\":\"" + expected.field() + "\"");
        }
        soft.assertThat(snapshot()).as(abbreviated(description) + " leaves the database unchanged").isEqualTo(before);
    }

    /** Every row of the tables, in a form that compares by content. */
    Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        for (String table : TABLES) {
            tables.put(table, jdbc.sql("SELECT * FROM " + table).query().listOfRows().stream()
                    .map(AdminApiProbe::comparable)
                    .sorted((one, other) -> one.toString().compareTo(other.toString()))
                    .toList());
        }
        return tables;
    }

    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> comparable = new TreeMap<>();
        // An array equals only itself: a sealed key is compared as hex.
        row.forEach((column, value) -> comparable.put(column.toLowerCase(Locale.ROOT),
                value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value));
        return comparable;
    }

    /** {@link RawRequest#send}, on this probe's server. */
    HttpSession.Response sendRaw(HttpSession client, String method, String path, String contentType, String body) {
        return RawRequest.send(port, client, method, path, contentType, body);
    }

    /** The members as a JSON object, each value given as JSON text; a null value leaves the member out. */
    static String jsonObject(Map<String, String> members) {
        return members.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " characters)";
    }
}
