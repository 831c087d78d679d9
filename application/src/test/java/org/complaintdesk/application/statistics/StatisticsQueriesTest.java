package org.complaintdesk.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The statistics contract's own rules: periods, groupings and how the figures derive. */
class StatisticsQueriesTest {

    @Test
    void a_period_must_end_after_it_starts_and_span_at_most_1100_days() {
        assertThatThrownBy(() -> new StatisticsPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("end");
        assertThatThrownBy(() -> new StatisticsPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("1100");
    }

    @Test
    void the_comparison_period_moves_both_ends_by_a_calendar_month_or_year() {
        StatisticsPeriod march = StatisticsPeriod.month(2026, 3);
        assertThat(march.shifted(Comparison.PREVIOUS_MONTH))
                .isEqualTo(new StatisticsPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)));
        assertThat(march.shifted(Comparison.PREVIOUS_YEAR)).isEqualTo(StatisticsPeriod.month(2025, 3));
        assertThat(march.shifted(Comparison.NONE)).isEqualTo(march);
    }

    @Test
    void a_slice_runs_from_midnight_to_midnight_in_the_business_time_zone() {
        var slice = StatisticsSlice.of(new org.complaintdesk.domain.organisation.OrgUnitId("gridco"),
                StatisticsPeriod.month(2026, 3), ZoneId.of("Asia/Shanghai"), StatisticsFilter.ALL);
        assertThat(slice.from()).hasToString("2026-02-28T16:00:00Z");
        assertThat(slice.to()).hasToString("2026-03-31T16:00:00Z");
    }

    @Test
    void a_count_groups_by_at_most_two_different_dimensions_and_cuts_only_units_at_a_depth() {
        var period = StatisticsPeriod.month(2026, 3);
        assertThatThrownBy(() -> new CountQuery(period, StatisticsFilter.ALL, List.of(Grouping.by(Dimension.NATURE),
                Grouping.by(Dimension.CHANNEL), Grouping.by(Dimension.KIND)), TimeBucket.NONE, Comparison.NONE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("two");
        assertThatThrownBy(() -> new CountQuery(period, StatisticsFilter.ALL, List.of(Grouping.by(Dimension.NATURE),
                Grouping.by(Dimension.NATURE)), TimeBucket.NONE, Comparison.NONE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("different");
        assertThatThrownBy(() -> new Grouping(Dimension.CHANNEL, 2)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Grouping(Dimension.OWNING_UNIT, 17)).isInstanceOf(InvalidValueException.class);
        assertThat(new Grouping(Dimension.LEAD_DEPARTMENT, 2).unitDepth()).isEqualTo(2);
    }

    @Test
    void nothing_counted_is_no_rate_rather_than_zero_percent() {
        assertThat(Rate.NONE.value()).isEmpty();
        assertThat(new Rate(3, 4).value()).contains(0.75);
        assertThatThrownBy(() -> new Rate(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_satisfaction_rate_leaves_out_complainants_the_callback_did_not_reach() {
        var counts = new SatisfactionCounts(6, 2, 2, 5);
        assertThat(counts.satisfactionRate()).isEqualTo(new Rate(8, 10));
    }

    @Test
    void breaches_and_the_overall_on_time_rate_add_up_the_clock_kinds_and_leave_pending_rounds_out() {
        var indicators = new HandlingIndicators(10, List.of(new ClockIndicator(ClockKind.REGISTRATION, 8, 2, 1),
                new ClockIndicator(ClockKind.REPLY, 5, 1, 3)), DurationSummary.NONE, DurationSummary.NONE, Rate.NONE,
                Rate.NONE, Rate.NONE, SatisfactionCounts.NONE, Rate.NONE);
        assertThat(indicators.breaches()).isEqualTo(3);
        assertThat(indicators.onTimeRate()).isEqualTo(new Rate(13, 16));
        assertThat(indicators.clocks().getFirst().onTimeRate()).isEqualTo(new Rate(8, 10));
    }
}
