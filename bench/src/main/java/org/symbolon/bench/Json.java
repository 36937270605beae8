package org.symbolon.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough JSON for the load driver, which has no JSON library: flat objects of strings out, and
 * string or number members of the server's answers in. Not a parser for JSON in general.
 */
final class Json {

    private Json() {
    }

    /** A flat object of string members, from name-value pairs. */
    static String object(String... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            json.append(quote(namesAndValues[i])).append(':').append(quote(namesAndValues[i + 1]));
        }
        return json.append('}').toString();
    }

    /** The first string member of that name; the values the driver reads have no escapes. */
    static Optional<String> string(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"\\\\]*)\"").matcher(json);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first number member of that name. */
    static Optional<Integer> integer(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(\\d+)").matcher(json);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
