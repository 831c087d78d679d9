package org.complaintdesk.application.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class WarningRuleTextTest {

    @Test
    void the_three_examples_of_the_issue_read_as_rules() {
        var rules = ShippedWarningRules.rules();

        assertThat(rules).extracting(WarningRule::name)
                .containsExactly("topic-surge", "department-satisfaction", "late-replies");
        WarningRule surge = rules.get(0);
        assertThat(surge.metric()).isEqualTo(WarningMetric.RECEIVED);
        assertThat(surge.per()).contains(WarningRule.Subject.TOPIC);
        assertThat(surge.scope()).isEqualTo(new WarningScope(WarningScope.Kind.UNIT, 0));
        assertThat(surge.window()).isEqualTo(WarningWindow.rolling(Duration.ofHours(24)));
        assertThat(surge.threshold()).isEqualTo(new WarningThreshold(WarningThreshold.Direction.AT_LEAST,
                new BigDecimal("10"), false));
        WarningRule satisfaction = rules.get(1);
        assertThat(satisfaction.scope().kind()).isEqualTo(WarningScope.Kind.DEPARTMENT);
        assertThat(satisfaction.window()).isEqualTo(WarningWindow.calendar(WarningWindow.Kind.MONTH));
        assertThat(satisfaction.threshold().toString()).isEqualTo("<85%");
        assertThat(satisfaction.minimum()).isEqualTo(20);
        WarningRule late = rules.get(2);
        assertThat(late.metric()).isEqualTo(WarningMetric.LATE_REPLIES);
        assertThat(late.window().kind()).isEqualTo(WarningWindow.Kind.WEEK);
        assertThat(late.threshold().toString()).isEqualTo(">5%");
    }

    @Test
    void a_rule_continues_on_indented_lines_and_its_filters_narrow_the_complaints() {
        var rules = WarningRuleText.parse("""
                # gas leaks show up as calls on safety
                gas-safety metric=received domain=gas nature=safety
                    scope=unit:2 window=90m threshold=>4   # five calls in an hour and a half
                """);

        WarningRule rule = rules.getFirst();
        assertThat(rule.domain()).contains(UtilityDomain.GAS);
        assertThat(rule.nature()).isPresent();
        assertThat(rule.per()).isEqualTo(Optional.empty());
        assertThat(rule.scope().depth()).isEqualTo(2);
        assertThat(rule.window().length()).isEqualTo(Duration.ofMinutes(90));
        assertThat(WarningRuleText.parse(WarningRuleText.format(rule))).containsExactly(rule);
    }

    @Test
    void a_bad_file_is_refused_with_every_broken_rule_naming_its_line() {
        String text = """
                ok metric=received scope=unit:0 window=day threshold=>=3
                no-threshold metric=received scope=unit:0 window=day
                wrong-percent metric=satisfaction scope=department:1 window=month threshold=<85
                bad-window metric=received scope=unit:0 window=fortnight threshold=>=3
                ok metric=received scope=shop:1 window=day threshold=>=3 colour=red
                """;

        assertThatThrownBy(() -> WarningRuleText.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("line 2.threshold", "line 3.threshold", "line 4.window",
                                "line 5.colour", "line 5.scope", "line 5.name"));
    }

    @Test
    void a_count_takes_no_percentage_and_no_minimum() {
        assertThatThrownBy(() -> WarningRuleText.parse(
                "x metric=received scope=unit:0 window=day threshold=>=3% minimum=5"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("line 1.threshold", "line 1.minimum"));
    }
}
