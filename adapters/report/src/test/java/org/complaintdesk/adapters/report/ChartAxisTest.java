package org.complaintdesk.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintdesk.adapters.report.PdfCharts.Scale;
import org.junit.jupiter.api.Test;

class ChartAxisTest {
    @Test
    void a_count_axis_ends_on_the_first_round_number_at_or_above_the_largest_value() {
        assertThat(ChartAxis.of(Scale.COUNT, 23)).isEqualTo(new ChartAxis(Scale.COUNT, 25, 5));
        assertThat(ChartAxis.of(Scale.COUNT, 301)).isEqualTo(new ChartAxis(Scale.COUNT, 350, 50));
        assertThat(ChartAxis.of(Scale.COUNT, 163)).isEqualTo(new ChartAxis(Scale.COUNT, 175, 25));
        assertThat(ChartAxis.of(Scale.COUNT, 498)).isEqualTo(new ChartAxis(Scale.COUNT, 500, 100));
        assertThat(ChartAxis.of(Scale.COUNT, 7)).isEqualTo(new ChartAxis(Scale.COUNT, 7, 1));
        assertThat(ChartAxis.of(Scale.COUNT, 20)).isEqualTo(new ChartAxis(Scale.COUNT, 20, 5));
        assertThat(ChartAxis.of(Scale.COUNT, 12_345)).isEqualTo(new ChartAxis(Scale.COUNT, 14_000, 2_000));
    }

    @Test
    void a_small_count_axis_still_steps_by_whole_complaints() {
        assertThat(ChartAxis.of(Scale.COUNT, 2)).isEqualTo(new ChartAxis(Scale.COUNT, 2, 1));
        assertThat(ChartAxis.of(Scale.COUNT, 15)).isEqualTo(new ChartAxis(Scale.COUNT, 15, 5));
        assertThat(ChartAxis.of(Scale.COUNT, 0).ticks()).containsExactly(0.0, 1.0);
    }

    @Test
    void a_rate_axis_runs_from_0_to_100_percent_in_fifths() {
        ChartAxis rates = ChartAxis.of(Scale.PERCENT, 0.42);

        assertThat(rates.ticks()).hasSize(6);
        assertThat(rates.label(rates.ticks().get(3), false)).isEqualTo("60%");
        assertThat(rates.label(0.923, true)).isEqualTo("92.3%");
        assertThat(rates.fraction(0.5)).isEqualTo(0.5f);
    }
}
