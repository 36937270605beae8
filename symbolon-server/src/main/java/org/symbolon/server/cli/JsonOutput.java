package org.symbolon.server.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code --json} prints: maps and lists in a stable order, times as ISO-8601 text in UTC,
 * for scripts (e.g. {@code jq}) rather than people.
 */
final class JsonOutput {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonOutput() {
    }

    static void print(PrintWriter out, Object value) {
        out.println(JSON.writeValueAsString(value));
    }

    /** A time as {@code 2026-11-25T13:30:51Z}, or null; people and scripts need no microseconds. */
    static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
