package org.symbolon.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.OtpSecret;
import org.symbolon.core.otp.TotpSettings;

/**
 * The setup phase: as the administrator, create the users; then, as each user, set up an
 * authenticator app and activate it, the way docs/api.md shows with curl.
 */
final class Provisioning {

    /** Activation waits out the last seconds of a step, so that the server sees the same step. */
    private static final long STEP_END_MARGIN_MILLIS = 2_000;

    private final HttpClient http;
    private final URI base;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Provisioning(HttpClient http, URI base, Clock clock) {
        this.http = http;
        this.base = base;
        this.clock = clock;
    }

    List<BenchUser> createUsers(LoadOptions options) throws IOException, InterruptedException {
        ApiClient admin = signedIn(options.admin(), options.adminPassword());
        ExecutorService threads = Executors.newFixedThreadPool(options.setupThreads());
        try {
            List<Future<BenchUser>> created = new ArrayList<>();
            AtomicInteger done = new AtomicInteger();
            for (int i = 1; i <= options.users(); i++) {
                String username = options.prefix() + String.format("%05d", i);
                created.add(threads.submit(() -> {
                    BenchUser user = create(admin, username);
                    int count = done.incrementAndGet();
                    if (count % 100 == 0) {
                        System.out.println("  " + count + " of " + options.users());
                    }
                    return user;
                }));
            }
            List<BenchUser> users = new ArrayList<>();
            for (Future<BenchUser> user : created) {
                users.add(user.get());
            }
            return users;
        } catch (ExecutionException e) {
            throw new IllegalStateException("setting up a user failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private BenchUser create(ApiClient admin, String username) throws IOException, InterruptedException {
        String password = "load-" + OtpSecret.generate(random, 16).base32().toLowerCase();
        expect("create user", 201, admin.post("/api/v1/admin/users",
                Json.object("username", username, "password", password)));
        ApiClient client = signedIn(username, password);
        ApiClient.Response enrollment = expect("set up an authenticator", 201,
                client.post("/api/v1/account/totp", Json.object("password", password, "name", "Load test")));
        String id = field(enrollment, "id");
        OtpSecret secret = OtpSecret.fromBase32(field(enrollment, "secret"));
        TotpSettings settings = new TotpSettings(OtpAlgorithm.valueOf(field(enrollment, "algorithm")),
                Json.integer(enrollment.body(), "digits").orElse(6),
                Json.integer(enrollment.body(), "period").orElse(30));
        long step = stepWellInside(settings);
        BenchUser user = new BenchUser(username, password, secret, settings, step);
        expect("activate the authenticator", 200, client.post("/api/v1/account/totp/" + id + "/activate",
                Json.object("code", user.code(step))));
        return user;
    }

    private ApiClient signedIn(String username, String password) throws IOException, InterruptedException {
        ApiClient client = new ApiClient(http, base);
        expect("read the session", 200, client.get("/api/v1/session"));
        ApiClient.Response session = expect("sign in as " + username, 200,
                client.post("/api/v1/session", Json.object("username", username, "password", password)));
        if (!session.body().contains("\"state\":\"AUTHENTICATED\"")) {
            throw new IllegalStateException(username + " needs more than a password to sign in; "
                    + "the administrator of a load test must have no second factor");
        }
        return client;
    }

    /**
     * The current step, once it has at least {@link #STEP_END_MARGIN_MILLIS} to go: a code that
     * reached the server in the next step would be learned as a clock offset of -1.
     */
    private long stepWellInside(TotpSettings settings) throws InterruptedException {
        long periodMillis = settings.periodSeconds() * 1000L;
        long intoStep = Math.floorMod(clock.millis(), periodMillis);
        if (intoStep > periodMillis - STEP_END_MARGIN_MILLIS) {
            Thread.sleep(periodMillis - intoStep + 50);
        }
        return settings.stepAt(clock.instant());
    }

    private static ApiClient.Response expect(String what, int status, ApiClient.Response response) {
        if (response.status() != status) {
            // The body is a problem document: it never repeats a password or a code.
            throw new IllegalStateException(what + ": HTTP " + response.status() + " " + response.body());
        }
        return response;
    }

    private static String field(ApiClient.Response response, String name) {
        return Json.string(response.body(), name)
                .orElseThrow(() -> new IllegalStateException("the answer has no " + name));
    }
}
