package org.symbolon.bench;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * A sign-in load test of a running Symbolon server through its REST API: sets up users with an
 * authenticator app, then signs them in with password and code from several threads, and prints
 * sign-ins per second, latency percentiles of each step, and errors by step and HTTP status.
 * Usage in {@link LoadOptions#USAGE} and docs/performance.md.
 */
public final class SignInLoad {

    private SignInLoad() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        Clock clock = Clock.systemUTC();
        HttpClient http = ApiClient.newHttpClient();

        System.out.printf(Locale.ROOT, "Setting up %d users (%s…) with %d threads at %s%n", options.users(),
                options.prefix(), options.setupThreads(), options.url());
        long setupStart = System.nanoTime();
        List<BenchUser> users = new Provisioning(http, options.url(), clock).createUsers(options);
        System.out.printf(Locale.ROOT, "Set up in %.1f s%n", (System.nanoTime() - setupStart) / 1e9);

        for (int threads : options.concurrency()) {
            // Every phase starts as a new time step begins, when every user has a fresh code.
            long periodMillis = users.get(0).settings().periodSeconds() * 1000L;
            Thread.sleep(periodMillis - Math.floorMod(clock.millis(), periodMillis) + 100);
            System.out.printf(Locale.ROOT, "%nSigning in for %d s with %d threads%n", options.duration().toSeconds(),
                    threads);
            print(new LoadPhase(http, options.url(), clock).run(users, threads, options.duration()), options);
        }
    }

    private static void print(LoadPhase.Result result, LoadOptions options) {
        System.out.printf(Locale.ROOT, "Sign-ins: %d in %.1f s = %.2f per second (%d users, %d threads)%n",
                result.signIns(), result.seconds(), result.signIns() / result.seconds(), options.users(),
                result.threads());
        System.out.printf(Locale.ROOT, "Threads waiting for a user with a free code: %.0f%% of their time%s%n",
                result.waitingShare() * 100,
                result.waitingShare() > 0.05 ? " (the users, not the server, limited the rate: add users)" : "");
        System.out.printf(Locale.ROOT, "%-14s %8s %9s %9s %9s %9s %9s%n", "step (ms)", "count", "mean", "p50", "p95",
                "p99", "max");
        for (StepLatencies step : result.steps()) {
            StepLatencies.Summary s = step.summary();
            System.out.printf(Locale.ROOT, "%-14s %8d %9.1f %9.1f %9.1f %9.1f %9.1f%n", step.name(), s.count(),
                    s.mean(), s.p50(), s.p95(), s.p99(), s.max());
        }
        if (result.errors().isEmpty()) {
            System.out.println("Errors: none");
        } else {
            System.out.println("Errors by step and HTTP status:");
            result.errors().forEach((key, count) -> System.out.printf(Locale.ROOT, "  %-50s %d%n", key, count));
        }
    }
}
