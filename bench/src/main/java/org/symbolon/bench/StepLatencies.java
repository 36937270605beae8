package org.symbolon.bench;

import java.util.Arrays;

/** The latencies of one step of the sign-in, kept whole so that percentiles are exact. */
final class StepLatencies {

    /** In milliseconds; nearest-rank percentiles of the sorted latencies. */
    record Summary(int count, double mean, double p50, double p95, double p99, double max) {
    }

    private final String name;
    private long[] nanos = new long[1024];
    private int count;

    StepLatencies(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    synchronized void add(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    synchronized Summary summary() {
        if (count == 0) {
            return new Summary(0, 0, 0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new Summary(count, mean, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[count - 1] / 1e6);
    }

    /** The smallest latency that at least p percent of the sign-ins did not exceed. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}
