package org.complaintdesk.bootstrap.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one closed-loop load phase measured, as the one JSON line a load process prints and the
 * benchmark reads back (the same fields as the shared bench's load.js prints).
 */
record LoadResult(String method, int concurrency, int seconds, long calls, long errors, double perSecond,
                  double p50Millis, double p99Millis) {

    /** Calls that started and ended inside the measured window of {@code seconds}. */
    static LoadResult of(String method, int concurrency, int seconds, long[] sortedNanos, long errors) {
        Latencies latencies = new Latencies(method, sortedNanos, seconds * 1_000_000_000L);
        return new LoadResult(method, concurrency, seconds, sortedNanos.length, errors, latencies.throughput(),
                latencies.percentileMillis(50), latencies.percentileMillis(99));
    }

    String toJson() {
        return String.format(Locale.ROOT, "{\"method\":\"%s\",\"concurrency\":%d,\"seconds\":%d,\"calls\":%d,\"errors\":%d,"
                        + "\"per_s\":%.1f,\"p50_ms\":%.2f,\"p99_ms\":%.2f}",
                method, concurrency, seconds, calls, errors, perSecond, p50Millis, p99Millis);
    }

    /** Reads the line {@link #toJson()} wrote, from a process's output that may hold other lines too. */
    static LoadResult parse(String output) {
        String line = output.lines().filter(l -> l.startsWith("{\"method\"")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("no result line in: " + output));
        return new LoadResult(text(line, "method"), (int) number(line, "concurrency"), (int) number(line, "seconds"),
                (long) number(line, "calls"), (long) number(line, "errors"), number(line, "per_s"),
                number(line, "p50_ms"), number(line, "p99_ms"));
    }

    private static String text(String line, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + field + " in " + line);
        }
        return m.group(1);
    }

    private static double number(String line, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(-?[0-9.]+|NaN)").matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + field + " in " + line);
        }
        return Double.parseDouble(m.group(1));
    }
}
