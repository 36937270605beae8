package org.symbolon.bench.recovery;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.symbolon.core.recovery.RecoveryCodes;

/**
 * Reading a typed recovery code: the step before the server hashes it and looks it up, and what
 * refuses garbage without a database query.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class RecoveryCodeNormalizationBenchmark {

    // Fields, not constants, so that the JIT cannot fold the work away.
    private String asShown = "5nzb-zf9e-j02x-nk4n";
    private String typedByAPerson = "5NZB ZF9E JO2X NK4N";
    private String withAForbiddenLetter = "5nzb-zf9e-j02x-nk4u";
    private String tooLong = "5nzb-zf9e-j02x-nk4n".repeat(4);

    /** Copied from the screen: lower case with dashes. */
    @Benchmark
    public Optional<String> asShown() {
        return RecoveryCodes.normalize(asShown);
    }

    /** Capitals, spaces and an O for a 0: folded to the same code. */
    @Benchmark
    public Optional<String> typedByAPerson() {
        return RecoveryCodes.normalize(typedByAPerson);
    }

    /** A 'u', outside Crockford's alphabet, in the last place: the whole input is read. */
    @Benchmark
    public Optional<String> withAForbiddenLetter() {
        return RecoveryCodes.normalize(withAForbiddenLetter);
    }

    /** Over the length bound: refused before a character is read. */
    @Benchmark
    public Optional<String> tooLong() {
        return RecoveryCodes.normalize(tooLong);
    }
}
