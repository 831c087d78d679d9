package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules as configuration text: read, written back, and refused with the line of each error. */
class RuleTextTest {

    @Test
    void the_shipped_policies_read_back_from_their_own_text_unchanged() {
        for (DeadlinePolicy policy : DeadlinePolicy.shipped().values()) {
            assertThat(RuleText.parse(policy.text())).as(policy.name()).isEqualTo(policy.rules());
        }
    }

    @Test
    void a_rule_reads_its_scope_triggers_flags_and_source() {
        List<ClockRule> rules = RuleText.parse("""
                # A file comment, not a source.
                FIRST_CONTACT severity=LEVEL_1 channel=HOTLINE,WEB period=30m warn=90% pause=SITE_VISIT_REFUSED
                    start=DISPATCHED met=CONTACT_RECORDED[method=IN_PERSON],INVESTIGATION_RECORDED[method=SITE_INSPECTION]
                    stop=WITHDRAWN   # 003 三.3(2): on site
                    # within 30 minutes
                """);

        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.kind()).isEqualTo(ClockKind.FIRST_CONTACT);
            assertThat(rule.scope().channels()).containsExactlyInAnyOrder(Channel.HOTLINE, Channel.WEB);
            assertThat(rule.period()).isEqualTo(new Period.WallClock(Duration.ofMinutes(30)));
            assertThat(rule.warnFraction()).isEqualTo(0.9);
            assertThat(rule.pausedBy()).containsExactly(PauseReason.SITE_VISIT_REFUSED);
            assertThat(rule.met()).containsExactly(
                    new Trigger(EventType.CONTACT_RECORDED, Map.of("method", "IN_PERSON"), Trigger.Anchor.EVENT),
                    new Trigger(EventType.INVESTIGATION_RECORDED, Map.of("method", "SITE_INSPECTION"), Trigger.Anchor.EVENT));
            assertThat(rule.stop()).containsExactly(Trigger.on(EventType.WITHDRAWN));
            assertThat(rule.source()).isEqualTo("003 三.3(2): on site within 30 minutes");
            assertThat(rule.once()).isFalse();
            assertThat(rule.repeat()).isEmpty();
        });
    }

    @Test
    void every_error_is_reported_at_once_under_its_line_and_setting() {
        String text = """
                REPLY period=5x start=REGISTERED@receipt met=REPLIED

                ANSWER period=5wd start=REGISTERED met=REPLIED
                CALLBACK period=24h start=REPLIED
                    met=CALLBACK_DONE perod=2h
                """;

        assertThatThrownBy(() -> RuleText.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(
                                tuple("line 1.period", Period.FORMAT),
                                tuple("line 3.clock", ClockRuleSpec.UNKNOWN_VALUE),
                                tuple("line 5", RuleText.UNKNOWN_KEY),
                                tuple("line 5.met", Trigger.UNKNOWN_EVENT)));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "REPLY period=5wd met=REPLIED                                    | line 1.start | RULE_WITHOUT_START",
            "REPLY period=5wd start=REGISTERED met=REPLIED@receipt            | line 1.met   | RECEIPT_ANCHOR_ONLY_FOR_START",
            "REPLY period=5wd start=REGISTERED met=REPLIED warn=1.5           | line 1.warn  | WARN_FRACTION_OUT_OF_RANGE",
            "REPLY period=5wd start=REGISTERED met=REPLIED period=3wd         | line 1.period | KEY_TWICE",
            "REPLY start=REGISTERED met=REPLIED                               | line 1.period | REQUIRED",
            "REPLY period=0m start=REGISTERED met=REPLIED                     | line 1.period | PERIOD_FORMAT",
            "REPLY period=5wd start=REGISTERED[channel] met=REPLIED           | line 1.start | TRIGGER_FORMAT",
            "REPLY period=5wd start=REGISTERED[colour=RED] met=REPLIED        | line 1.start | UNKNOWN_CONDITION",
            "REPLY period=5wd start=REGISTERED met=REPLIED pause=BORED         | line 1.pause | UNKNOWN_VALUE",
            "REPLY period=5wd start=REGISTERED met=REPLIED severity=LEVEL_4    | line 1.severity | UNKNOWN_VALUE",
            "REVIEW_WINDOW period=30d repeat=30d window start=REPLIED met=REVIEW_REQUESTED | line 1.repeat | WINDOW_REPEATS",
    })
    void a_bad_setting_is_refused_with_its_rule(String text, String field, String rule) {
        assertThatThrownBy(() -> RuleText.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple(field, rule)));
    }

    @Test
    void an_indented_line_before_any_rule_continues_nothing() {
        assertThatThrownBy(() -> RuleText.parse("    start=REPLIED\nCALLBACK period=1h start=REPLIED met=CALLBACK_RECORDED"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("line 1", RuleText.CONTINUES_NOTHING)));
    }

    @ParameterizedTest(name = "{0} reads as {0}")
    @ValueSource(strings = {"5wd", "1wd", "30d", "48h", "90m"})
    void periods_read_and_write_alike(String text) {
        assertThat(Period.parse(text).text()).isEqualTo(text);
    }

    @Test
    void a_wall_clock_period_is_written_in_hours_up_to_two_days_and_in_days_beyond() {
        assertThat(new Period.WallClock(Duration.ofMinutes(120)).text()).isEqualTo("2h");
        assertThat(new Period.WallClock(Duration.ofDays(2)).text()).isEqualTo("48h");
        assertThat(new Period.WallClock(Duration.ofHours(72)).text()).isEqualTo("3d");
    }

    @Test
    void a_rule_given_as_plain_values_becomes_the_same_rule_as_its_text() {
        var spec = new ClockRuleSpec("REPLY", "", "", "COMPLAINT", "LETTER", "5wd", "REGISTERED@receipt", "REPLIED",
                "DECLINED, WITHDRAWN, CLOSED", "all", "", "", true, false, "002 ch.5 §2");

        ClockRule rule = spec.toRule();

        assertThat(rule.pausedBy()).isEqualTo(Set.of(PauseReason.values()));
        assertThat(rule.start()).containsExactly(
                new Trigger(EventType.REGISTERED, Map.of(), Trigger.Anchor.RECEIPT));
        assertThat(ClockRuleSpec.of(rule).toRule()).isEqualTo(rule);
        assertThat(RuleText.parse(RuleText.format(List.of(rule)))).containsExactly(rule);
    }

    @Test
    void plain_values_are_checked_field_by_field_and_the_missing_steps_reported_with_them() {
        var spec = new ClockRuleSpec("", "MARS", null, null, null, "soon", null, null, null, null, "lots", null, false,
                false, null);

        assertThatThrownBy(spec::toRule).isInstanceOfSatisfying(InvalidValueException.class, e ->
                assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(
                                tuple("clock", ClockRuleSpec.REQUIRED),
                                tuple("domain", ClockRuleSpec.UNKNOWN_VALUE),
                                tuple("period", Period.FORMAT),
                                tuple("warn", ClockRule.WARN_OUT_OF_RANGE),
                                tuple("start", ClockRule.NO_START),
                                tuple("met", ClockRule.NO_MET)));
    }

    // ---------------------------------------------------------------- every broken rule at once

    private static List<String> brokenRules(String text) {
        Throwable thrown = catchThrowable(() -> RuleText.parse(text));
        assertThat(thrown).isInstanceOf(InvalidValueException.class);
        return ((InvalidValueException) thrown).violations().stream().map(v -> v.field() + " " + v.rule()).toList();
    }

    @Test
    void every_unknown_name_in_a_list_is_reported() {
        assertThat(brokenRules("REPLY period=5wd start=REGISTERED met=REPLIED severity=LEVEL_4,LEVEL_1,LEVEL_9"))
                .containsExactly("line 1.severity UNKNOWN_VALUE", "line 1.severity UNKNOWN_VALUE");
    }

    @Test
    void every_step_of_a_list_that_cannot_be_read_is_reported() {
        assertThat(brokenRules("REPLY period=5wd start=REGISTERED met=REPLIED[method],NO_SUCH_STEP"))
                .containsExactly("line 1.met TRIGGER_FORMAT", "line 1.met UNKNOWN_EVENT");
    }

    @Test
    void a_step_with_an_unknown_event_and_a_key_given_twice_reports_both_rules() {
        assertThatThrownBy(() -> Trigger.parse("NO_SUCH_STEP[method=PHONE;method=SMS]"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule)
                        .containsExactly(Trigger.UNKNOWN_EVENT, Trigger.FORMAT));
    }

    @Test
    void a_bad_period_is_reported_with_a_missing_met_step() {
        assertThat(brokenRules("REPLY period=5x start=REGISTERED"))
                .containsExactly("line 1.period PERIOD_FORMAT", "line 1.met RULE_WITHOUT_MET");
    }

    @Test
    void a_window_that_repeats_by_a_period_that_cannot_be_read_reports_both_rules() {
        assertThat(brokenRules("REVIEW_WINDOW period=30d repeat=soon window start=REPLIED met=REVIEW_REQUESTED"))
                .containsExactly("line 1.repeat PERIOD_FORMAT", "line 1.repeat WINDOW_REPEATS");
    }

    @Test
    void a_step_list_that_cannot_be_read_is_not_also_reported_as_missing() {
        assertThat(brokenRules("REPLY period=5wd start=NO_SUCH_STEP met=REPLIED"))
                .containsExactly("line 1.start UNKNOWN_EVENT");
    }
}
