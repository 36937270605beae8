package org.symbolon.bench.password;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The password check of the first sign-in step, for scale: Argon2id as the server's
 * SpringPasswordHasher configures it (OWASP's m = 19 MiB, t = 2, p = 1), through the same Spring
 * Security and Bouncy Castle classes. Its cost is deliberate: it is what a stolen hash costs an
 * attacker per guess.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class PasswordHashBenchmark {

    // Keep in step with symbolon-server's SpringPasswordHasher.
    private final Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final String password = "violet-harbour-lantern";
    private String hash;

    @Setup
    public void setUp() {
        hash = argon2.encode(password);
    }

    /** What every sign-in pays, right password or wrong. */
    @Benchmark
    public boolean verify() {
        return argon2.matches(password, hash);
    }
}
