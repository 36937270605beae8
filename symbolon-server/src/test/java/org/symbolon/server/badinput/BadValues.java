package org.symbolon.server.badinput;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The awkward values every input is tried with: empty, over-long, of the wrong type, and
 * malformed Unicode. JSON values are given as JSON text, form values as encoded form text.
 */
final class BadValues {

    static final String LONG = "x".repeat(10_000);

    private BadValues() {
    }

    /** Name of the case → JSON literal. */
    /**
     * POSTs each body to {@code path}; adds to {@code failures} every answer outside 4xx (named by
     * the body's name), so that one test run lists them all.
     */
    static void postEach(org.symbolon.server.testing.HttpSession client, String path, Map<String, String> bodies,
            java.util.List<String> failures) {
        bodies.forEach((name, body) -> {
            org.symbolon.server.testing.HttpSession.Response response = client.sendJson("POST", path, body);
            if (response.status() < 400 || response.status() > 499) {
                failures.add(path + " with " + name + ": " + response.status() + " " + response.body());
            }
        });
    }

    static Map<String, String> json() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "\"\"");
        values.put("10,000 characters", "\"" + LONG + "\"");
        values.put("number", "12345");
        values.put("boolean", "true");
        values.put("array", "[\"a\"]");
        values.put("object", "{\"a\":1}");
        values.put("lone surrogate", "\"ab\\ud800cd\"");
        values.put("replacement character", "\"ab\\ufffdcd\"");
        values.put("control character", "\"ab\\u0000cd\"");
        return values;
    }

    /** Name of the case → already URL-encoded form value. */
    static Map<String, String> form() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "");
        values.put("10,000 characters", LONG);
        values.put("invalid UTF-8 bytes", "%FF%FE%C3%28");
        values.put("lone surrogate as CESU bytes", "%ED%A0%80");
        values.put("control character", "a%00b");
        return values;
    }
}
