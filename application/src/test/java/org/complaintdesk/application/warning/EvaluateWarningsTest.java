package org.complaintdesk.application.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.application.port.out.EarlyWarnings;
import org.complaintdesk.application.port.out.WarningFigures;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Test;

class EvaluateWarningsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // Wednesday 2026-11-25 10:00 in Shanghai.
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    private final List<EarlyWarning> recorded = new ArrayList<>();
    private final List<Instant[]> asked = new ArrayList<>();

    /** Records like the real store: not again for an overlapping window of the same rule, unit and subject. */
    private final EarlyWarnings store = new EarlyWarnings() {
        @Override
        public boolean raise(EarlyWarning w) {
            boolean overlapping = recorded.stream().anyMatch(r -> r.rule().equals(w.rule())
                    && r.scopeUnit().equals(w.scopeUnit()) && r.subject().equals(w.subject())
                    && r.windowEnd().isAfter(w.windowStart()) && r.windowStart().isBefore(w.windowEnd()));
            return !overlapping && recorded.add(w);
        }

        @Override
        public List<EarlyWarning> list(OrgUnitId within, Optional<EarlyWarning.Cursor> after, int limit) {
            return recorded;
        }
    };

    private EvaluateWarnings evaluation(String rules, Instant now, List<WarningObservation> seen) {
        WarningFigures figures = (rule, from, to) -> {
            asked.add(new Instant[] {from, to});
            return seen;
        };
        return new EvaluateWarnings(WarningRuleText.parse(rules), figures, store, Clock.fixed(now, SHANGHAI), SHANGHAI);
    }

    private static WarningObservation seen(String unit, String subject, long numerator, long denominator) {
        return new WarningObservation(new OrgUnitId(unit), subject, numerator, denominator,
                List.of(new ComplaintId(UUID.randomUUID())));
    }

    @Test
    void ten_complaints_on_one_topic_in_24_hours_raise_one_warning_nine_do_not() {
        var pass = evaluation("surge metric=received per=topic scope=unit:0 window=24h threshold=>=10", NOW,
                List.of(seen("gridco/east", "outage", 10, 10), seen("gridco/west", "outage", 9, 9))).run();

        assertThat(pass).isEqualTo(new EvaluateWarnings.Pass(1, 1));
        EarlyWarning w = recorded.getFirst();
        assertThat(w.scopeUnit().value()).isEqualTo("gridco/east");
        assertThat(w.subject()).isEqualTo("outage");
        assertThat(w.threshold()).isEqualTo(">=10");
        assertThat(w.windowStart()).isEqualTo(NOW.minusSeconds(24 * 3600));
        assertThat(w.windowEnd()).isEqualTo(NOW);
        assertThat(asked.getFirst()).containsExactly(NOW.minusSeconds(24 * 3600), NOW);
    }

    @Test
    void a_rolling_window_raises_again_only_once_it_no_longer_overlaps_the_warned_one() {
        String rule = "surge metric=received scope=unit:0 window=24h threshold=>=10";
        var crossing = List.of(seen("gridco/east", "", 12, 12));

        assertThat(evaluation(rule, NOW, crossing).run().raised()).isEqualTo(1);
        assertThat(evaluation(rule, NOW.plusSeconds(23 * 3600), crossing).run()).isEqualTo(new EvaluateWarnings.Pass(1, 0));
        assertThat(evaluation(rule, NOW.plusSeconds(24 * 3600), crossing).run().raised()).isEqualTo(1);
        assertThat(recorded).hasSize(2);
    }

    @Test
    void satisfaction_below_85_percent_this_month_counts_exactly_and_needs_the_minimum() {
        String rule = "sat metric=satisfaction scope=department:0 window=month threshold=<85% minimum=20";
        var pass = evaluation(rule, NOW, List.of(
                seen("gridco/east/ops", "", 17, 20),      // exactly 85%: not below
                seen("gridco/east/billing", "", 16, 20),  // 80%
                seen("gridco/east/meters", "", 1, 19)))   // too few callbacks to judge
                .run();

        assertThat(pass.raised()).isEqualTo(1);
        assertThat(recorded.getFirst().scopeUnit().value()).isEqualTo("gridco/east/billing");
        // November 2026 in Shanghai.
        assertThat(recorded.getFirst().windowStart()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(recorded.getFirst().windowEnd()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    }

    @Test
    void more_than_5_percent_of_replies_late_this_week_is_a_warning_once_per_week() {
        String rule = "late metric=late-replies scope=unit:1 window=week threshold=>5% minimum=20";
        var seen = List.of(seen("gridco", "", 2, 40), seen("cityheat", "", 3, 40));   // 5% and 7.5%

        assertThat(evaluation(rule, NOW, seen).run()).isEqualTo(new EvaluateWarnings.Pass(1, 1));
        // Sunday evening: the same ISO week.
        assertThat(evaluation(rule, Instant.parse("2026-11-29T12:00:00Z"), seen).run().raised()).isZero();
        // Monday: a new week crosses again.
        assertThat(evaluation(rule, Instant.parse("2026-11-29T17:00:00Z"), seen).run().raised()).isEqualTo(1);
        assertThat(recorded).extracting(w -> w.scopeUnit().value()).containsExactly("cityheat", "cityheat");
        // Monday 2026-11-23 00:00 in Shanghai.
        assertThat(recorded.getFirst().windowStart()).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
    }
}
