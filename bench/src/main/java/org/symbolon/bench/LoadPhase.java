package org.symbolon.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load phase: threads that each take a user whose next code is free, sign it in from a fresh
 * cookie jar (read the session for the CSRF cookie, send the password, send the code) and give it
 * back, until the duration is over. Sign-ins under way then are finished and counted.
 */
final class LoadPhase {

    /** What the phase measured. */
    record Result(int threads, long signIns, double seconds, double waitingShare, List<StepLatencies> steps,
            Map<String, Long> errors) {
    }

    private final HttpClient http;
    private final URI base;
    private final Clock clock;
    private final StepLatencies session = new StepLatencies("GET session");
    private final StepLatencies password = new StepLatencies("password");
    private final StepLatencies secondFactor = new StepLatencies("second factor");
    private final StepLatencies whole = new StepLatencies("whole sign-in");
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder signIns = new LongAdder();
    private final LongAdder waitingNanos = new LongAdder();

    LoadPhase(HttpClient http, URI base, Clock clock) {
        this.http = http;
        this.base = base;
        this.clock = clock;
    }

    /** One phase; a phase object is used once. */
    Result run(List<BenchUser> users, int concurrency, Duration duration) throws InterruptedException {
        UserPool pool = new UserPool(clock);
        users.forEach(pool::giveBack);
        Instant deadline = clock.instant().plus(duration);
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread thread = new Thread(() -> work(pool, deadline), "sign-in-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((key, count) -> errorCounts.put(key, count.sum()));
        double waitingShare = waitingNanos.sum() / 1e9 / (seconds * concurrency);
        return new Result(concurrency, signIns.sum(), seconds, waitingShare, List.of(session, password, secondFactor, whole),
                errorCounts);
    }

    private void work(UserPool pool, Instant deadline) {
        try {
            while (true) {
                long waitStart = System.nanoTime();
                BenchUser user = pool.take(deadline);
                waitingNanos.add(System.nanoTime() - waitStart);
                if (user == null) {
                    return;
                }
                signIn(user);
                pool.giveBack(user);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void signIn(BenchUser user) throws InterruptedException {
        ApiClient client = new ApiClient(http, base);
        String step = session.name();
        try {
            ApiClient.Response anonymous = timed(session, client.get("/api/v1/session"));
            if (failed(step, anonymous, "ANONYMOUS")) {
                return;
            }
            step = password.name();
            ApiClient.Response first = timed(password, client.post("/api/v1/session",
                    Json.object("username", user.username(), "password", user.password())));
            if (failed(step, first, "SECOND_FACTOR")) {
                return;
            }
            step = secondFactor.name();
            long codeStep = user.settings().stepAt(clock.instant());
            user.usedStep(codeStep);
            ApiClient.Response second = timed(secondFactor, client.post("/api/v1/session/second-factor",
                    Json.object("method", "totp", "code", user.code(codeStep))));
            if (failed(step, second, "AUTHENTICATED")) {
                return;
            }
            whole.add(anonymous.nanos() + first.nanos() + second.nanos());
            signIns.increment();
        } catch (IOException e) {
            errors.computeIfAbsent(step + ": " + e.getClass().getSimpleName(), key -> new LongAdder()).increment();
        }
    }

    private static ApiClient.Response timed(StepLatencies latencies, ApiClient.Response response) {
        latencies.add(response.nanos());
        return response;
    }

    private boolean failed(String step, ApiClient.Response response, String expectedState) {
        if (response.ok() && response.body().contains("\"state\":\"" + expectedState + "\"")) {
            return false;
        }
        String key = step + ": HTTP " + response.status() + Json.string(response.body(), "code").map(c -> " " + c).orElse("");
        errors.computeIfAbsent(key, k -> new LongAdder()).increment();
        return true;
    }
}
