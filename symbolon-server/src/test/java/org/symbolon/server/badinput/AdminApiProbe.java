package org.symbolon.server.badinput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    /**
     * Sends the request as given, with the client's cookies and CSRF token: java.net.URI refuses
     * malformed escapes and raw bytes, and HttpSession always says application/json. HTTP/1.0, so
     * that the answer is not chunked and ends with the connection.
     */
    HttpSession.Response sendRaw(HttpSession client, String method, String path, String contentType, String body) {
        String csrf = client.csrfCookie().orElse("");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\nCookie: SYMBOLON_SESSION="
                + client.sessionCookie() + "; XSRF-TOKEN=" + csrf + "\r\nX-XSRF-TOKEN: " + csrf + "\r\nContent-Type: "
                + contentType + "\r\nAccept: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            try {
                socket.getOutputStream().write(concat(head.getBytes(StandardCharsets.ISO_8859_1), bytes));
            } catch (IOException closedEarly) {
                // Tomcat answers a request line over its limit at once and closes: the rest of
                // the request then meets a closed connection. Its answer may still be readable.
            }
            String answer = readAnswer(socket);
            int end = answer.indexOf("\r\n\r\n");
            if (end < 0) {
                return new HttpSession.Response(400, "[the server closed the connection without an answer]",
                        HttpHeaders.of(Map.of(), (name, value) -> true));
            }
            String[] lines = answer.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = Arrays.stream(lines).skip(1).map(line -> line.split(":", 2))
                    .collect(Collectors.toMap(header -> header[0].trim(), header -> List.of(header[1].trim()),
                            (first, second) -> first, () -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER)));
            byte[] text = answer.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
            return new HttpSession.Response(Integer.parseInt(lines[0].split(" ")[1]),
                    new String(text, StandardCharsets.UTF_8), HttpHeaders.of(headers, (name, value) -> true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server sent; empty when it reset the connection instead (see above). A timeout is no answer. */
    private static String readAnswer(Socket socket) throws IOException {
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (SocketException reset) {
            return "";
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
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
