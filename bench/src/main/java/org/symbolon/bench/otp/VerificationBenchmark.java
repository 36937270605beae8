package org.symbolon.bench.otp;

import java.time.Instant;
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
import org.symbolon.core.otp.CodeCheck;
import org.symbolon.core.otp.HotpGenerator;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.OtpSecret;
import org.symbolon.core.otp.TimeBasedCodeVerifier;
import org.symbolon.core.otp.TotpSettings;

/**
 * Checking a typed code with the sign-in window (1 step either side) and the activation window
 * (10). The verifier computes every step of the window whatever the code, so that its time does
 * not tell which step matched: a right and a wrong code should cost the same, 2 × window + 1 codes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class VerificationBenchmark {

    @Param({"1", "10"})
    public int window;

    private final TimeBasedCodeVerifier verifier = new TimeBasedCodeVerifier();
    private final TotpSettings settings = TotpSettings.DEFAULT;
    private final Instant now = Instant.parse("2033-05-18T03:33:20Z");
    private OtpSecret secret;
    private String rightCode;
    private String wrongCode;

    @Setup
    public void setUp() {
        secret = OtpSecret.of(CodeGenerationBenchmark.rfc6238Seed(OtpAlgorithm.SHA1));
        HotpGenerator generator = settings.generator();
        rightCode = generator.code(secret, settings.stepAt(now));
        wrongCode = codeOfNoStepInWindow(generator);
        // A benchmark of the wrong path would measure nothing useful; make sure each is what it says.
        if (!(check(rightCode) instanceof CodeCheck.Accepted)) {
            throw new IllegalStateException("the right code was not accepted");
        }
        if (!(check(wrongCode) instanceof CodeCheck.Rejected rejected && rejected.reason() == CodeCheck.Reason.WRONG)) {
            throw new IllegalStateException("the wrong code was not refused as wrong");
        }
    }

    @Benchmark
    public CodeCheck rightCode() {
        return check(rightCode);
    }

    @Benchmark
    public CodeCheck wrongCode() {
        return check(wrongCode);
    }

    private CodeCheck check(String code) {
        return verifier.verify(secret, settings, code, now, TimeBasedCodeVerifier.NO_STEP_USED, 0, window);
    }

    private String codeOfNoStepInWindow(HotpGenerator generator) {
        long nowStep = settings.stepAt(now);
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean inWindow = false;
            for (long step = nowStep - window; step <= nowStep + window; step++) {
                inWindow |= generator.code(secret, step).equals(code);
            }
            if (!inWindow) {
                return code;
            }
        }
    }
}
