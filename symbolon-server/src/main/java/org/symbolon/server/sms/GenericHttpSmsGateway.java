package org.symbolon.server.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.SmsDelivery;
import org.symbolon.core.sms.SmsGateway;
import org.symbolon.server.config.SmsSettings;

/**
 * Any gateway that takes one HTTP request per message: the configured URL, method, headers and body
 * template, with {@code {phone}} (E.164) and {@code {message}} filled in. In the URL they are
 * URL-encoded; in the body as {@code body-encoding} says: JSON-string escaped, or form-encoded.
 * Escaping, not the template's author, keeps a message from breaking out of its place.
 */
public final class GenericHttpSmsGateway implements SmsGateway {

    private final SmsSettings.Http settings;
    private final HttpSmsTransport transport;

    public GenericHttpSmsGateway(SmsSettings settings) {
        this.settings = settings.http();
        this.transport = new HttpSmsTransport(settings.connectTimeout(), settings.timeout(), "http");
    }

    @Override
    public SmsDelivery send(PhoneNumber to, String text) {
        UnaryOperator<String> inBody = settings.bodyEncoding() == SmsSettings.BodyEncoding.JSON
                ? GenericHttpSmsGateway::jsonString : GenericHttpSmsGateway::formValue;
        URI uri = URI.create(fill(settings.url().strip(), to, text, GenericHttpSmsGateway::formValue));
        String method = settings.method().strip().toUpperCase(Locale.ROOT);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (settings.body().isEmpty()) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(fill(settings.body(), to, text, inBody),
                    StandardCharsets.UTF_8));
            request.header("Content-Type", settings.bodyEncoding() == SmsSettings.BodyEncoding.JSON
                    ? "application/json; charset=utf-8" : "application/x-www-form-urlencoded; charset=utf-8");
        }
        for (Map.Entry<String, String> header : settings.headers().entrySet()) {
            request.setHeader(header.getKey(), header.getValue());
        }
        return transport.send(request, to);
    }

    /** One pass, so that a {@code {message}} inside the phone's value (it has none) or the text is never replaced again. */
    static String fill(String template, PhoneNumber to, String text, UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            if (template.startsWith("{phone}", at)) {
                out.append(escape.apply(to.e164()));
                at += "{phone}".length();
            } else if (template.startsWith("{message}", at)) {
                out.append(escape.apply(text));
                at += "{message}".length();
            } else {
                out.append(template.charAt(at++));
            }
        }
        return out.toString();
    }

    static String formValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The inside of a JSON string (RFC 8259 §7): quote, backslash and control characters escaped. */
    static String jsonString(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
