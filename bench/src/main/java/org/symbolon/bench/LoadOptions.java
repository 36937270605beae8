package org.symbolon.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The command line of {@link SignInLoad}.
 *
 * @param users how many users to create; each signs in at most once per time step
 * @param concurrency how many sign-ins run at once; several values are run one after the other,
 *     with the same users
 * @param duration how long new sign-ins are started, at each concurrency
 * @param prefix the start of every created username, new for each run: the users of an earlier
 *     run cannot be reused, since only that run knew their authenticator keys
 */
record LoadOptions(URI url, int users, List<Integer> concurrency, Duration duration, String admin, String adminPassword,
        String prefix) {

    static final String USAGE = """
            Usage: java -cp benchmarks.jar org.symbolon.bench.SignInLoad --admin NAME --admin-password PASSWORD
                   [--url http://127.0.0.1:8080] [--users 200] [--concurrency 16[,32...]] [--duration 60]
                   [--prefix bench-RUN-] [--allow-remote-host]

            Creates --users users with an authenticator app through the REST API, as the administrator
            --admin, then signs them in with password and code from --concurrency threads for --duration
            seconds (for each value, when several are given). Each user signs in at most once per time
            step, so --users should be at least the expected sign-ins per second times the step (30 s).
            Sends its load to a loopback address only, unless --allow-remote-host is given.""";

    LoadOptions {
        concurrency = List.copyOf(concurrency);
        if (users < 1 || concurrency.isEmpty() || concurrency.stream().anyMatch(threads -> threads < 1)
                || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--users, --concurrency and --duration must be at least 1");
        }
        if (admin == null || adminPassword == null) {
            throw new IllegalArgumentException("--admin and --admin-password are required");
        }
    }

    static LoadOptions parse(String[] args) {
        URI url = URI.create("http://127.0.0.1:8080");
        int users = 200;
        List<Integer> concurrency = List.of(16);
        long seconds = 60;
        String admin = null;
        String adminPassword = null;
        String prefix = "bench-" + Long.toString(System.currentTimeMillis() / 1000, 36) + "-";
        boolean allowRemote = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--allow-remote-host")) {
                allowRemote = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--url" -> url = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
                case "--users" -> users = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Arrays.stream(value.split(",")).map(String::trim)
                        .map(Integer::valueOf).toList();
                case "--duration" -> seconds = Long.parseLong(value);
                case "--admin" -> admin = value;
                case "--admin-password" -> adminPassword = value;
                case "--prefix" -> prefix = value;
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (!allowRemote && !isLoopback(url)) {
            throw new IllegalArgumentException(url.getHost() + " is not a loopback address; a load test of "
                    + "another host needs --allow-remote-host and its owner's consent");
        }
        return new LoadOptions(url, users, concurrency, Duration.ofSeconds(seconds), admin, adminPassword, prefix);
    }

    /** The setup runs with as many threads as the busiest load phase. */
    int setupThreads() {
        return Collections.max(concurrency);
    }

    private static boolean isLoopback(URI url) {
        try {
            return url.getHost() != null && InetAddress.getByName(url.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
