package org.complaintdesk.adapters.postgres.statistics;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Values given as how many times each occurs, and their percentiles as PostgreSQL's
 * percentile_cont takes them over the values themselves: linear interpolation between the values at
 * the two nearest ranks. Exact, whatever the number of values, from a few counts per distinct value.
 */
final class ValueCounts {
    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long total;

    void add(int value, long times) {
        if (times != 0) {
            counts.merge(value, times, Long::sum);
            total += times;
        }
    }

    long total() {
        return total;
    }

    /** The percentile at {@code fraction} (0 to 1), divided by {@code scale}; empty without values. */
    Optional<Double> percentile(double fraction, double scale) {
        if (total <= 0) {
            return Optional.empty();
        }
        double position = fraction * (total - 1);
        long below = (long) Math.floor(position);
        long above = (long) Math.ceil(position);
        double low = valueAt(below);
        double high = valueAt(above);
        return Optional.of((low + (position - below) * (high - low)) / scale);
    }

    /** The value of the given rank (from 0) in ascending order. */
    private int valueAt(long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (rank < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total + " values");
    }
}
