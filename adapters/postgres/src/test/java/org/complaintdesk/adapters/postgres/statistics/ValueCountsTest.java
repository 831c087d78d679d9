package org.complaintdesk.adapters.postgres.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The percentiles taken from counts equal percentile_cont over the values written out one by one
 * and sorted ({@link StatisticsReference#percentile}), however the counts arrived: the
 * rollup's rows and its signed changes add up to them in any order.
 */
class ValueCountsTest {
    private static final double[] FRACTIONS = {0, 0.1, 0.25, 0.5, 0.9, 0.99, 1};

    @Test
    void no_values_have_no_percentile() {
        ValueCounts none = new ValueCounts();
        assertThat(none.percentile(0.5, 1)).isEmpty();
        assertThat(none.total()).isZero();
    }

    @Test
    void values_added_and_taken_away_again_leave_no_percentile() {
        ValueCounts cancelled = new ValueCounts();
        cancelled.add(7, 3);
        cancelled.add(12, 1);
        cancelled.add(7, -3);
        cancelled.add(12, -1);
        assertThat(cancelled.total()).isZero();
        assertThat(cancelled.percentile(0.5, 1)).isEmpty();
        assertThat(cancelled.percentile(0.9, 10)).isEmpty();
    }

    @Test
    void one_value_is_every_percentile() {
        ValueCounts one = new ValueCounts();
        one.add(14, 1);
        for (double p : FRACTIONS) {
            assertThat(one.percentile(p, 1)).contains(14.0);
            assertThat(one.percentile(p, 10)).contains(1.4);
        }
    }

    @Test
    void two_values_are_interpolated_between() {
        ValueCounts two = new ValueCounts();
        two.add(30, 1);
        two.add(10, 1);
        assertThat(two.percentile(0.5, 1)).contains(20.0);
        assertThat(two.percentile(0.9, 1)).contains(28.0);
        assertThat(two.percentile(0, 1)).contains(10.0);
        assertThat(two.percentile(1, 1)).contains(30.0);
        assertThat(two.percentile(0.9, 10).orElseThrow()).isCloseTo(2.8, within(1e-12));
    }

    @Test
    void a_value_many_times_counts_as_often_as_it_occurs() {
        ValueCounts repeated = new ValueCounts();
        repeated.add(1, 9);
        repeated.add(100, 1);
        // Ten values: the 90th percentile lies 0.1 of the way from the ninth (1) to the tenth (100).
        assertThat(repeated.percentile(0.5, 1)).contains(1.0);
        assertThat(repeated.percentile(0.9, 1).orElseThrow()).isEqualTo(reference(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1,
                100), 0.9, 1));
        assertThat(repeated.percentile(0.9, 1).orElseThrow()).isCloseTo(10.9, within(1e-12));
    }

    @Test
    void a_change_taken_back_is_as_if_it_never_came() {
        ValueCounts counts = new ValueCounts();
        counts.add(3, 1);
        counts.add(4, 2);
        counts.add(4, -2);
        counts.add(5, 1);
        // A change may arrive before the row it corrects: -1 first, then the rollup's 2.
        counts.add(6, -1);
        counts.add(6, 2);
        assertThat(counts.total()).isEqualTo(3);
        for (double p : FRACTIONS) {
            assertThat(counts.percentile(p, 1).orElseThrow()).as("p%s", p)
                    .isEqualTo(reference(List.of(3, 5, 6), p, 1));
        }
    }

    @Test
    void random_multisets_with_cancelling_changes_agree_with_percentile_cont_over_the_sorted_values() {
        Random random = new Random(20260410);
        for (int round = 0; round < 2000; round++) {
            List<Integer> values = new ArrayList<>();
            ValueCounts counts = new ValueCounts();
            int distinct = 1 + random.nextInt(round % 3 == 0 ? 3 : 40);
            for (int d = 0; d < distinct; d++) {
                // Tenths of hours or working days; a few negative values too, which sort first.
                int value = random.nextInt(3000) - 20;
                int times = 1 + random.nextInt(round % 5 == 0 ? 1 : 30);
                for (int i = 0; i < times; i++) {
                    values.add(value);
                }
                // Split over a rollup row and changes, some of which cancel another change.
                int folded = random.nextInt(times + 1);
                counts.add(value, folded);
                int cancelled = random.nextInt(4);
                counts.add(value, cancelled);
                counts.add(value, times - folded);
                counts.add(value, -cancelled);
            }
            // A value that came and went entirely.
            counts.add(-500, 2);
            counts.add(-500, -2);
            assertThat(counts.total()).isEqualTo(values.size());
            double fraction = round % 4 == 0 ? FRACTIONS[random.nextInt(FRACTIONS.length)] : random.nextDouble();
            for (double p : new double[] {fraction, 0.5, 0.9}) {
                assertThat(counts.percentile(p, 1).orElseThrow()).as("round %d p%s of %s", round, p, values)
                        .isEqualTo(reference(values, p, 1));
                // PostgreSQL interpolates the scaled values; the counts scale after: the same to
                // the last bits of a double.
                assertThat(counts.percentile(p, 10).orElseThrow()).as("round %d p%s tenths of %s", round, p, values)
                        .isCloseTo(reference(values, p, 10), within(1e-9));
            }
        }
    }

    /** percentile_cont over the values divided by the scale, written out and sorted. */
    private static double reference(List<Integer> values, double fraction, double scale) {
        double[] sorted = values.stream().mapToDouble(v -> v / scale).sorted().toArray();
        return StatisticsReference.percentile(sorted, fraction);
    }
}
