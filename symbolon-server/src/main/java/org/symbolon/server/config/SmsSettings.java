package org.symbolon.server.config;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS gateway, under {@code symbolon.sms}. Without one ({@code gateway: none}, the default) no
 * SMS code can be sent and none is offered. With one, the rest is checked at start-up, so that a
 * mistake stops the server with the setting's name rather than failing a sign-in hours later.
 *
 * @param defaultRegion the region (ISO 3166 code, "DE") of numbers typed without {@code +}; empty: a
 *     number must start with {@code +} and its country code
 * @param connectTimeout how long to wait for the gateway's connection
 * @param timeout how long to wait for the whole request, answer included
 */
public record SmsSettings(
        @DefaultValue("none") Gateway gateway,
        @DefaultValue("") String defaultRegion,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue Http http,
        @DefaultValue Twilio twilio) {

    public enum Gateway { NONE, HTTP, TWILIO }

    /** How {@code {phone}} and {@code {message}} are escaped where they stand in the body template. */
    public enum BodyEncoding {
        /** JSON string escaping: the template writes the quotes, {@code {"to":"{phone}"}}. */
        JSON,
        /** application/x-www-form-urlencoded: {@code to={phone}&text={message}}. */
        FORM
    }

    /**
     * A generic HTTP gateway: one request per message.
     *
     * @param url where to send; {@code {phone}} and {@code {message}} in it are URL-encoded
     * @param headers sent as they are (an API key, say); never logged
     * @param body the body template; empty: no body
     */
    public record Http(
            @DefaultValue("") String url,
            @DefaultValue("POST") String method,
            @DefaultValue Map<String, String> headers,
            @DefaultValue("") String body,
            @DefaultValue("json") BodyEncoding bodyEncoding) {
    }

    /**
     * A Twilio-compatible gateway: {@code POST {base-url}/2010-04-01/Accounts/{account-sid}/Messages.json}
     * with HTTP basic authentication, from {@code from} or through {@code messaging-service-sid}.
     */
    public record Twilio(
            @DefaultValue("https://api.twilio.com") String baseUrl,
            @DefaultValue("") String accountSid,
            @DefaultValue("") String authToken,
            @DefaultValue("") String from,
            @DefaultValue("") String messagingServiceSid) {
    }

    private static final Duration LONGEST_TIMEOUT = Duration.ofMinutes(1);
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT");

    public SmsSettings {
        defaultRegion = defaultRegion == null ? "" : defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (!defaultRegion.isEmpty() && !PhoneNumberUtil.getInstance().getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException("symbolon.sms.default-region must be a region code such as DE or US"
                    + " (or empty to require +), not " + defaultRegion);
        }
        checkTimeout("connect-timeout", connectTimeout);
        checkTimeout("timeout", timeout);
        if (gateway == Gateway.HTTP) {
            check(http);
        } else if (gateway == Gateway.TWILIO) {
            check(twilio);
        }
    }

    public boolean on() {
        return gateway != Gateway.NONE;
    }

    private static void checkTimeout(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero() || value.compareTo(LONGEST_TIMEOUT) > 0) {
            throw new IllegalArgumentException("symbolon.sms." + name + " must be more than 0 and at most 1m, not " + value);
        }
    }

    private static void check(Http http) {
        checkUrl("symbolon.sms.http.url", http.url().replace("{phone}", "p").replace("{message}", "m"));
        if (!METHODS.contains(http.method().strip().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("symbolon.sms.http.method must be GET, POST or PUT, not " + http.method());
        }
        if (!(http.url() + http.body()).contains("{message}")) {
            throw new IllegalArgumentException("symbolon.sms.http.body (or url) must contain {message}: the text with the code");
        }
        if (!(http.url() + http.body()).contains("{phone}")) {
            throw new IllegalArgumentException("symbolon.sms.http.body (or url) must contain {phone}: the number to send to");
        }
        if (http.method().strip().equalsIgnoreCase("GET") && !http.body().isEmpty()) {
            throw new IllegalArgumentException("symbolon.sms.http.body must be empty for method GET");
        }
    }

    private static void check(Twilio twilio) {
        checkUrl("symbolon.sms.twilio.base-url", twilio.baseUrl());
        if (twilio.accountSid().isBlank() || twilio.authToken().isBlank()) {
            throw new IllegalArgumentException("symbolon.sms.twilio.account-sid and auth-token must be set for gateway twilio");
        }
        if (twilio.accountSid().chars().anyMatch(c -> !Character.isLetterOrDigit(c))) {
            throw new IllegalArgumentException("symbolon.sms.twilio.account-sid must be letters and digits only");
        }
        if (twilio.from().isBlank() == twilio.messagingServiceSid().isBlank()) {
            throw new IllegalArgumentException("symbolon.sms.twilio needs exactly one of from and messaging-service-sid");
        }
    }

    private static void checkUrl(String name, String value) {
        try {
            URI uri = new URI(value.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException(name + " must be an http or https URL, not " + value);
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(name + " must be an http or https URL, not " + value);
        }
    }
}
