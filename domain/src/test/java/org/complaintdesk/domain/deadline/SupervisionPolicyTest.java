package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.Supervision;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** When a complaint is escalated (督办) and to which level. */
class SupervisionPolicyTest {
    private static final SupervisionPolicy POLICY = SupervisionPolicy.defaults();
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void a_breach_escalates_a_level_1_complaint_to_the_director_and_others_to_a_supervisor() {
        assertThat(POLICY.escalationFor(Severity.LEVEL_1, Optional.of(ClockKind.FIRST_CONTACT), 0, Optional.empty()))
                .contains(new SupervisionPolicy.Escalation(Role.DIRECTOR, SupervisionCause.CLOCK_BREACHED,
                        Optional.of(ClockKind.FIRST_CONTACT)));
        assertThat(POLICY.escalationFor(Severity.LEVEL_3, Optional.of(ClockKind.REPLY), 0, Optional.empty()))
                .map(SupervisionPolicy.Escalation::level).contains(Role.SUPERVISOR);
    }

    @Test
    void the_third_urge_escalates_and_the_second_does_not() {
        assertThat(POLICY.escalationFor(Severity.LEVEL_3, Optional.empty(), 2, Optional.empty())).isEmpty();
        assertThat(POLICY.escalationFor(Severity.LEVEL_3, Optional.empty(), 3, Optional.empty()))
                .map(SupervisionPolicy.Escalation::cause).contains(SupervisionCause.REPEATED_URGES);
    }

    @Test
    void a_complaint_supervised_at_the_level_or_above_is_not_escalated_again() {
        var bySupervisor = Optional.of(new Supervision(Role.SUPERVISOR, SupervisionCause.CLOCK_BREACHED,
                Optional.of(ClockKind.REPLY), NOW));
        var byDirector = Optional.of(new Supervision(Role.DIRECTOR, SupervisionCause.BY_HAND, Optional.empty(), NOW));

        assertThat(POLICY.escalationFor(Severity.LEVEL_3, Optional.of(ClockKind.REPLY), 5, bySupervisor)).isEmpty();
        assertThat(POLICY.escalationFor(Severity.LEVEL_3, Optional.of(ClockKind.REPLY), 5, byDirector)).isEmpty();
        // A level-1 complaint a supervisor watches still goes up to the director.
        assertThat(POLICY.escalationFor(Severity.LEVEL_1, Optional.of(ClockKind.REPLY), 0, bySupervisor))
                .map(SupervisionPolicy.Escalation::level).contains(Role.DIRECTOR);
    }

    @Test
    void a_policy_may_leave_breaches_or_urges_alone() {
        var quiet = new SupervisionPolicy(0, false, Map.of());

        assertThat(quiet.escalationFor(Severity.LEVEL_1, Optional.of(ClockKind.REPLY), 10, Optional.empty())).isEmpty();
        assertThat(quiet.levelFor(Severity.LEVEL_1)).isEqualTo(Role.SUPERVISOR);
    }

    @Test
    void only_the_leads_supervise() {
        assertThatThrownBy(() -> new SupervisionPolicy(3, true, Map.of(Severity.LEVEL_2, Role.HANDLER)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo(SupervisionPolicy.LEVEL_NOT_SUPERVISOR));
    }

    @Test
    void a_negative_count_of_urges_and_every_level_that_is_not_a_lead_are_reported_together() {
        assertThatThrownBy(() -> new SupervisionPolicy(-1, true,
                Map.of(Severity.LEVEL_1, Role.AGENT, Severity.LEVEL_3, Role.HANDLER)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(
                                tuple("urges_before_supervision", "NEGATIVE"),
                                tuple("supervision_level.LEVEL_1", SupervisionPolicy.LEVEL_NOT_SUPERVISOR),
                                tuple("supervision_level.LEVEL_3", SupervisionPolicy.LEVEL_NOT_SUPERVISOR)));
    }
}
