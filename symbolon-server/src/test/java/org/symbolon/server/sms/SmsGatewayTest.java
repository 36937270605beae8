package org.symbolon.server.sms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.SmsDelivery;
import org.symbolon.server.config.SmsSettings;
import org.symbolon.server.config.SymbolonProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two gateways against a local HTTP server that plays the SMS provider: what goes over the
 * wire, and what a failure leaves in the log (status and body, never the code or a secret).
 */
class SmsGatewayTest {

    private static final PhoneNumber DARA = new PhoneNumber("+491701234567");
    /** Quotes, a backslash, an ampersand, a newline and non-ASCII: all must arrive as they were. */
    private static final String TEXT = "Symbolon: 042917 is \"your\" code & more\\ – gültig\n@example.org #042917";
    private static final String TOKEN = "twilio-auth-token-sekret";

    private final org.symbolon.server.testing.TestSmsGateway provider = new org.symbolon.server.testing.TestSmsGateway();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger transportLog = (Logger) LoggerFactory.getLogger(HttpSmsTransport.class);

    @BeforeEach
    void listen() {
        log.start();
        transportLog.addAppender(log);
    }

    @AfterEach
    void stop() {
        transportLog.detachAppender(log);
        provider.close();
    }

    private static SmsSettings bind(String... settings) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            map.put(settings[i], settings[i + 1]);
        }
        return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("symbolon", SymbolonProperties.class).sms();
    }

    private SmsSettings json() {
        return bind("symbolon.sms.gateway", "http", "symbolon.sms.http.url", provider.url("/v1/sms"),
                "symbolon.sms.http.headers.Authorization", "Bearer api-key-sekret",
                "symbolon.sms.http.body", "{\"to\":\"{phone}\",\"text\":\"{message}\"}",
                "symbolon.sms.connect-timeout", "1s", "symbolon.sms.timeout", "1s");
    }

    private SmsSettings twilio(String... more) {
        String[] base = {"symbolon.sms.gateway", "twilio", "symbolon.sms.twilio.base-url", provider.url("/"),
            "symbolon.sms.twilio.account-sid", "AC0123456789abcdef", "symbolon.sms.twilio.auth-token", TOKEN,
            "symbolon.sms.timeout", "1s"};
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return bind(all);
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private String logged() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
    }

    @Test
    void aJsonGatewayGetsBothValuesJsonEscapedAndItsHeaders() {
        assertThat(new GenericHttpSmsGateway(json()).send(DARA, TEXT)).isInstanceOf(SmsDelivery.Accepted.class);

        var request = provider.last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/sms");
        assertThat(request.header("Authorization")).isEqualTo("Bearer api-key-sekret");
        assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        JsonNode body = JsonMapper.builder().build().readTree(request.body());
        assertThat(body.get("to").asString()).isEqualTo("+491701234567");
        assertThat(body.get("text").asString()).isEqualTo(TEXT);
    }

    @Test
    void aFormGatewayGetsBothValuesUrlEncodedAndAGetGatewayGetsThemInTheQuery() {
        SmsSettings form = bind("symbolon.sms.gateway", "http", "symbolon.sms.http.url", provider.url("/send"),
                "symbolon.sms.http.body", "number={phone}&message={message}&sender=Symbolon",
                "symbolon.sms.http.body-encoding", "form");
        assertThat(new GenericHttpSmsGateway(form).send(DARA, TEXT)).isInstanceOf(SmsDelivery.Accepted.class);
        assertThat(provider.last().header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(provider.last().body())).isEqualTo(
                Map.of("number", "+491701234567", "message", TEXT, "sender", "Symbolon"));

        SmsSettings get = bind("symbolon.sms.gateway", "http", "symbolon.sms.http.method", "GET",
                "symbolon.sms.http.url", provider.url("/send?to={phone}&text={message}"));
        assertThat(new GenericHttpSmsGateway(get).send(DARA, TEXT)).isInstanceOf(SmsDelivery.Accepted.class);
        assertThat(provider.last().method()).isEqualTo("GET");
        assertThat(form(provider.last().query())).isEqualTo(Map.of("to", "+491701234567", "text", TEXT));
    }

    @Test
    void aTwilioGatewayPostsTheFormToTheAccountsMessagesWithBasicAuth() {
        SmsDelivery sent = new TwilioSmsGateway(twilio("symbolon.sms.twilio.from", "+15005550006")).send(DARA, TEXT);

        assertThat(sent).isInstanceOf(SmsDelivery.Accepted.class);
        var request = provider.last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/AC0123456789abcdef/Messages.json");
        assertThat(request.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString(("AC0123456789abcdef:" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        assertThat(form(request.body())).isEqualTo(Map.of("To", "+491701234567", "From", "+15005550006", "Body", TEXT));

        new TwilioSmsGateway(twilio("symbolon.sms.twilio.messaging-service-sid", "MG0123")).send(DARA, TEXT);
        assertThat(form(provider.last().body())).containsEntry("MessagingServiceSid", "MG0123").doesNotContainKey("From");
    }

    @Test
    void aRefusalIsLoggedWithStatusAndBodyButNeitherTheCodeNorTheToken() {
        provider.answer(400, "{\"code\":21211,\"message\":\"Invalid 'To' number +491701234567 for text 042917\"}");

        SmsDelivery failed = new TwilioSmsGateway(twilio("symbolon.sms.twilio.from", "+15005550006")).send(DARA, TEXT);

        assertThat(failed).isEqualTo(new SmsDelivery.Failed("status 400"));
        assertThat(logged()).contains("twilio", "status 400", "21211", "Invalid 'To' number", "+49 ••• •••• 67")
                .doesNotContain("042917").doesNotContain(TOKEN);
    }

    @Test
    void aServerErrorATimeoutAndARefusedConnectionAreFailuresThatSayWhy() throws Exception {
        provider.answer(503, "maintenance");
        assertThat(new GenericHttpSmsGateway(json()).send(DARA, TEXT)).isEqualTo(new SmsDelivery.Failed("status 503"));

        provider.answer(200, "ok").delay(Duration.ofSeconds(3));
        long started = System.nanoTime();
        assertThat(new GenericHttpSmsGateway(json()).send(DARA, TEXT)).isEqualTo(new SmsDelivery.Failed("timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmsSettings nobody = bind("symbolon.sms.gateway", "http", "symbolon.sms.http.url",
                "http://127.0.0.1:" + closedPort + "/send", "symbolon.sms.http.body", "{\"to\":\"{phone}\",\"m\":\"{message}\"}");
        assertThat(new GenericHttpSmsGateway(nobody).send(DARA, TEXT)).isInstanceOf(SmsDelivery.Failed.class)
                .extracting(f -> ((SmsDelivery.Failed) f).reason()).asString().startsWith("unreachable");

        assertThat(logged()).contains("status 503", "maintenance", "did not answer in time", "could not be reached")
                .doesNotContain("042917").doesNotContain("api-key-sekret");
    }

    @Test
    void eachValueIsEscapedOnceSoATemplateInTheTextStaysText() {
        assertThat(GenericHttpSmsGateway.fill("{\"m\":\"{message}\"}", DARA, "{phone} \"x\"",
                GenericHttpSmsGateway::jsonString)).isEqualTo("{\"m\":\"{phone} \\\"x\\\"\"}");
        assertThat(GenericHttpSmsGateway.jsonString("\u0001\u2028")).isEqualTo("\\u0001\\u2028");
        assertThat(HttpSmsTransport.loggable("x".repeat(3000))).hasSize(2001);
        assertThat(List.of(HttpSmsTransport.loggable("code 123456, ref 1234567"))).containsExactly(
                "code ######, ref 1234567");
    }
}
