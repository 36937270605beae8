package org.symbolon.bench.otp;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.symbolon.core.otp.HotpGenerator;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.OtpSecret;
import org.symbolon.core.otp.TotpSettings;

/**
 * One time-based code, for each hash function of RFC 6238. This is the unit of work of the
 * verifier, which computes one code per step of its window.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class CodeGenerationBenchmark {

    @Param({"SHA1", "SHA256", "SHA512"})
    public OtpAlgorithm algorithm;

    private HotpGenerator generator;
    private OtpSecret secret;
    private long step;

    @Setup
    public void setUp() {
        generator = new TotpSettings(algorithm, 6, 30).generator();
        secret = OtpSecret.of(rfc6238Seed(algorithm));
        // 2033-05-18T03:33:20Z, one of the times of the RFC 6238 Appendix B test vectors.
        step = 2_000_000_000L / 30;
    }

    /** A new step each call, as at sign-in, so that no step's result can be reused. */
    @Benchmark
    public String code() {
        return generator.code(secret, step++);
    }

    /**
     * The seeds of RFC 6238 Appendix B: the ASCII digits "1234567890" repeated to the hash's output
     * length, 20, 32 and 64 bytes, the key lengths each algorithm is used with in practice.
     */
    static byte[] rfc6238Seed(OtpAlgorithm algorithm) {
        int length = switch (algorithm) {
            case SHA1 -> 20;
            case SHA256 -> 32;
            case SHA512 -> 64;
        };
        return "1234567890".repeat(7).substring(0, length).getBytes(StandardCharsets.US_ASCII);
    }
}
