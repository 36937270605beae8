package org.symbolon.server.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A local HTTP server that plays an SMS gateway, with the JDK's own server: it records every
 * request and answers as the test says (a status and body, after a delay). One per test run for
 * the server tests ({@link #shared()}), or one per test where a test wants its own.
 */
public final class TestSmsGateway implements AutoCloseable {

    /** What the gateway received. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** The one lone run of six digits in the body: the code. */
        public String code() {
            Matcher code = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(body);
            if (!code.find()) {
                throw new AssertionError("no code in " + body);
            }
            return code.group(1);
        }
    }

    private static TestSmsGateway shared;

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private int status = 200;
    private String answer = "{\"status\":\"queued\"}";
    private Duration delay = Duration.ZERO;

    public TestSmsGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-sms-gateway");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Duration wait;
            int reply;
            byte[] replyBody;
            synchronized (this) {
                requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
                wait = delay;
                reply = status;
                replyBody = answer.getBytes(StandardCharsets.UTF_8);
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                exchange.sendResponseHeaders(reply, replyBody.length);
                exchange.getResponseBody().write(replyBody);
            } catch (IOException gone) {
                // The client gave up (a timeout): nothing to answer.
            }
            exchange.close();
        });
        server.start();
    }

    /** The gateway of the server tests, started once. */
    public static synchronized TestSmsGateway shared() {
        if (shared == null) {
            shared = new TestSmsGateway();
        }
        return shared;
    }

    /** Points the server under test at the shared gateway as a generic JSON gateway with an API key header. */
    public static void configure(DynamicPropertyRegistry registry) {
        TestSmsGateway gateway = shared();
        registry.add("symbolon.sms.gateway", () -> "http");
        registry.add("symbolon.sms.http.url", () -> gateway.url("/send"));
        registry.add("symbolon.sms.http.headers.X-Api-Key", () -> "test-api-key");
        registry.add("symbolon.sms.http.body", () -> "{\"to\":\"{phone}\",\"text\":\"{message}\"}");
        registry.add("symbolon.sms.http.body-encoding", () -> "json");
        registry.add("symbolon.sms.connect-timeout", () -> "1s");
        registry.add("symbolon.sms.timeout", () -> "2s");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Forgets what was received and answers 200 again, at once. */
    public synchronized TestSmsGateway reset() {
        requests.clear();
        status = 200;
        answer = "{\"status\":\"queued\"}";
        delay = Duration.ZERO;
        return this;
    }

    public synchronized TestSmsGateway answer(int status, String body) {
        this.status = status;
        this.answer = body;
        return this;
    }

    public synchronized TestSmsGateway delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized Request last() {
        if (requests.isEmpty()) {
            throw new AssertionError("the gateway received nothing");
        }
        return requests.get(requests.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
