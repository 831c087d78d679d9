package org.complaintdesk.bootstrap.bench;

import java.util.Arrays;
import java.util.List;

/** Latencies of one method across all clients of a phase, and the phase's wall time. */
record Latencies(String method, long[] nanos, long wallNanos) {

    static Latencies merge(String method, List<long[]> perClient, long wallNanos) {
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Latencies(method, all, wallNanos);
    }

    double throughput() {
        return nanos.length / (wallNanos / 1e9);
    }

    double percentileMillis(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(index, nanos.length - 1))] / 1e6;
    }

    String row() {
        return String.format("%-28s %8d %12.1f %10.2f %10.2f", method, nanos.length, throughput(),
                percentileMillis(50), percentileMillis(99));
    }

    static String header() {
        return String.format("%-28s %8s %12s %10s %10s", "method", "calls", "calls/s", "p50 ms", "p99 ms");
    }
}
