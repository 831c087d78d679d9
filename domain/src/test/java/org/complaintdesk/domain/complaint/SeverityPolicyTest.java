package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintdesk.domain.complaint.SeverityPolicy.Basis;
import org.junit.jupiter.api.Test;

class SeverityPolicyTest {
    private final SeverityPolicy policy = new SeverityPolicy();

    @Test
    void a_safety_hazard_is_level_1_even_when_other_facts_are_given() {
        var p = policy.propose(new IntakeFacts(true, true, true));
        assertThat(p.level()).isEqualTo(Severity.LEVEL_1);
        assertThat(p.basis()).isEqualTo(Basis.SAFETY_HAZARD);
    }

    @Test
    void a_large_area_interruption_is_level_1() {
        var p = policy.propose(new IntakeFacts(false, true, false));
        assertThat(p.level()).isEqualTo(Severity.LEVEL_1);
        assertThat(p.basis()).isEqualTo(Basis.LARGE_AREA_INTERRUPTION);
    }

    @Test
    void a_wider_area_quality_problem_is_level_2() {
        assertThat(policy.propose(new IntakeFacts(false, false, true)).level()).isEqualTo(Severity.LEVEL_2);
    }

    @Test
    void an_individual_problem_is_level_3() {
        var p = policy.propose(IntakeFacts.INDIVIDUAL_PROBLEM);
        assertThat(p.level()).isEqualTo(Severity.LEVEL_3);
        assertThat(p.basis()).isEqualTo(Basis.INDIVIDUAL_PROBLEM);
    }

    @Test
    void priority_follows_severity_and_public_attention() {
        var priorities = new PriorityPolicy();
        assertThat(priorities.derive(Severity.LEVEL_1, Channel.MEDIA)).isEqualTo(Priority.URGENT);
        assertThat(priorities.derive(Severity.LEVEL_2, Channel.WEB)).isEqualTo(Priority.HIGH);
        assertThat(priorities.derive(Severity.LEVEL_3, Channel.CITY_HOTLINE_12345)).isEqualTo(Priority.HIGH);
        assertThat(priorities.derive(Severity.LEVEL_3, Channel.LETTER)).isEqualTo(Priority.NORMAL);
    }
}
