package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.RemedyKind;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When a resolution needs approval and by whom (000 二(三), 004 二), and the other handling choices. */
class HandlingPolicyTest {
    private static final OrgUnitId UNIT = new OrgUnitId("gridco/east");
    private static final Optional<Remedy> NO_REMEDY = Optional.empty();
    private static final Optional<Remedy> FEE_REDUCTION = Optional.of(new Remedy(RemedyKind.FEE_REDUCTION, 100));

    private final ApprovalPolicy defaults = ApprovalPolicy.defaults();

    @Test
    void by_default_a_level_1_resolution_needs_approval() {
        assertThat(defaults.requiresApproval(Severity.LEVEL_1, NO_REMEDY, UNIT)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Severity.class, names = {"LEVEL_2", "LEVEL_3"})
    void by_default_other_levels_without_money_need_none(Severity severity) {
        assertThat(defaults.requiresApproval(severity, NO_REMEDY, UNIT)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(RemedyKind.class)
    void by_default_any_compensation_or_fee_reduction_needs_approval(RemedyKind kind) {
        assertThat(defaults.requiresApproval(Severity.LEVEL_3, Optional.of(new Remedy(kind, 1)), UNIT)).isTrue();
    }

    @Test
    void a_policy_may_let_money_through_without_approval() {
        var policy = new ApprovalPolicy(Set.of(Severity.LEVEL_1), false, Set.of());

        assertThat(policy.requiresApproval(Severity.LEVEL_3, FEE_REDUCTION, UNIT)).isFalse();
        assertThat(policy.requiresApproval(Severity.LEVEL_1, FEE_REDUCTION, UNIT)).isTrue();
    }

    @Test
    void a_unit_that_approves_every_resolution_needs_approval_at_every_level() {
        var policy = new ApprovalPolicy(Set.of(), false, Set.of(UNIT));

        assertThat(policy.requiresApproval(Severity.LEVEL_3, NO_REMEDY, UNIT)).isTrue();
        assertThat(policy.requiresApproval(Severity.LEVEL_3, NO_REMEDY, new OrgUnitId("gridco/west"))).isFalse();
    }

    @Test
    void a_policy_with_no_approval_rules_approves_nothing() {
        var policy = new ApprovalPolicy(Set.of(), false, Set.of());

        assertThat(policy.requiresApproval(Severity.LEVEL_1, FEE_REDUCTION, UNIT)).isFalse();
    }

    @Test
    void level_2_may_be_made_to_need_approval() {
        var policy = new ApprovalPolicy(Set.of(Severity.LEVEL_1, Severity.LEVEL_2), true, Set.of());

        assertThat(policy.requiresApproval(Severity.LEVEL_2, NO_REMEDY, UNIT)).isTrue();
    }

    @Test
    void a_policy_keeps_its_own_copy_of_the_sets_it_was_given() {
        Set<Severity> severities = new HashSet<>(Set.of(Severity.LEVEL_1));
        Set<OrgUnitId> units = new HashSet<>();
        var policy = new ApprovalPolicy(severities, true, units);

        severities.add(Severity.LEVEL_3);
        units.add(UNIT);

        assertThat(policy.severities()).containsExactly(Severity.LEVEL_1);
        assertThat(policy.approvingUnits()).isEmpty();
        assertThatThrownBy(() -> policy.severities().add(Severity.LEVEL_2))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_remedy_is_optional_but_never_null() {
        assertThatThrownBy(() -> defaults.requiresApproval(Severity.LEVEL_3, null, UNIT))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_default_handling_policy_takes_the_documents_values() {
        HandlingPolicy policy = HandlingPolicy.defaults();

        assertThat(policy.approval()).isEqualTo(ApprovalPolicy.defaults());
        assertThat(policy.reviewWindow()).isEqualTo(Duration.ofDays(30));
        assertThat(policy.callbackAttempts()).isEqualTo(3);
    }

    @Test
    void a_review_window_must_be_positive() {
        assertThatThrownBy(() -> new HandlingPolicy(ApprovalPolicy.defaults(), Duration.ZERO, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reviewWindow");
        assertThatThrownBy(() -> new HandlingPolicy(ApprovalPolicy.defaults(), Duration.ofDays(-1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void at_least_one_callback_attempt_is_made() {
        assertThatThrownBy(() -> new HandlingPolicy(ApprovalPolicy.defaults(), Duration.ofDays(30), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callbackAttempts");
        assertThat(new HandlingPolicy(ApprovalPolicy.defaults(), Duration.ofDays(30), 1).callbackAttempts()).isOne();
    }
}
