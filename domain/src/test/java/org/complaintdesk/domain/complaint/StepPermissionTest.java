package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.domain.complaint.ComplaintState.ACCEPTED;
import static org.complaintdesk.domain.complaint.ComplaintState.CALLED_BACK;
import static org.complaintdesk.domain.complaint.ComplaintState.CLOSED;
import static org.complaintdesk.domain.complaint.ComplaintState.DECLINED;
import static org.complaintdesk.domain.complaint.ComplaintState.DISPATCHED;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.REGISTERED;
import static org.complaintdesk.domain.complaint.ComplaintState.REPLIED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLUTION_PROPOSED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLVED;
import static org.complaintdesk.domain.complaint.ComplaintState.UNDER_REVIEW;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.APPROVAL;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AUDITOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.COMPENSATION;
import static org.complaintdesk.domain.complaint.LifecycleFixture.CO_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.DIRECTOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.OTHER_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.OWNING_UNIT_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SUPERVISOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SYSTEM;
import static org.complaintdesk.domain.complaint.LifecycleFixture.reason;
import static org.complaintdesk.domain.complaint.LifecycleFixture.text;
import static org.complaintdesk.domain.complaint.StepAssertions.notPermitted;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may take which step (004 二): roles, the departments a complaint is dispatched to, four eyes. */
class StepPermissionTest {
    private static final Map<Role, Actor> ACTOR_OF = Map.of(Role.AGENT, AGENT, Role.HANDLER, LEAD_HANDLER,
            Role.SUPERVISOR, SUPERVISOR, Role.DIRECTOR, DIRECTOR, Role.AUDITOR, AUDITOR, Role.SYSTEM, SYSTEM,
            Role.ADMINISTRATOR, LifecycleFixture.ADMINISTRATOR, Role.PORTAL, LifecycleFixture.PORTAL);

    /** A state in which each step is allowed and the lead handler is among those handling the complaint. */
    private static final Map<Step, ComplaintState> STATE_FOR = Map.ofEntries(
            Map.entry(Step.REGISTER, REGISTERED), Map.entry(Step.ACCEPT, REGISTERED), Map.entry(Step.DECLINE, REGISTERED),
            Map.entry(Step.RECLASSIFY, DISPATCHED), Map.entry(Step.CHANGE_SEVERITY, DISPATCHED),
            Map.entry(Step.DISPATCH, ACCEPTED), Map.entry(Step.RETURN, DISPATCHED),
            Map.entry(Step.REDISPATCH, DISPATCHED), Map.entry(Step.RECORD_CONTACT, DISPATCHED),
            Map.entry(Step.RECORD_INVESTIGATION, DISPATCHED), Map.entry(Step.RECORD_FINDING, INVESTIGATING),
            Map.entry(Step.PROPOSE_RESOLUTION, INVESTIGATING), Map.entry(Step.APPROVE_RESOLUTION, RESOLUTION_PROPOSED),
            Map.entry(Step.SEND_BACK_RESOLUTION, RESOLUTION_PROPOSED), Map.entry(Step.REPLY, RESOLVED),
            Map.entry(Step.RECORD_CALLBACK, REPLIED), Map.entry(Step.REQUEST_REVIEW, CALLED_BACK),
            Map.entry(Step.CONCLUDE_REVIEW, UNDER_REVIEW), Map.entry(Step.WAIT_ON_COMPLAINANT, DISPATCHED),
            Map.entry(Step.RESUME_HANDLING, DISPATCHED), Map.entry(Step.URGE, DISPATCHED), Map.entry(Step.WITHDRAW, DISPATCHED),
            Map.entry(Step.REQUEST_EXTENSION, DISPATCHED), Map.entry(Step.APPROVE_EXTENSION, DISPATCHED),
            Map.entry(Step.REJECT_EXTENSION, DISPATCHED), Map.entry(Step.SUPERVISE, DISPATCHED),
            Map.entry(Step.RETIME_CLOCKS, DISPATCHED),
            Map.entry(Step.CLOSE, CALLED_BACK), Map.entry(Step.ARCHIVE, CLOSED),
            Map.entry(Step.REPORT_NOTICE_DELIVERED, ACCEPTED), Map.entry(Step.REPORT_NOTICE_FAILED, DECLINED),
            Map.entry(Step.NOTE_NOTICE_UNCONFIRMED, REPLIED));

    private final LifecycleFixture lifecycle = new LifecycleFixture();

    static Stream<Arguments> permittedRoles() {
        return Arrays.stream(Step.values()).flatMap(step -> StepPolicy.roles(step).stream().map(role -> Arguments.of(step, role)));
    }

    static Stream<Arguments> otherRoles() {
        return Arrays.stream(Step.values()).flatMap(step -> EnumSet.complementOf(EnumSet.copyOf(StepPolicy.roles(step)))
                .stream().map(role -> Arguments.of(step, role)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("permittedRoles")
    void each_role_a_step_names_may_take_it(Step step, Role role) {
        Complaint complaint = lifecycle.readyFor(step, STATE_FOR.get(step));

        Complaint after = lifecycle.take(step, complaint, ACTOR_OF.get(role));

        assertThat(after.newEvents()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(step.event());
            assertThat(e.actor().role()).isEqualTo(role);
        });
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("otherRoles")
    void a_role_a_step_does_not_name_is_refused_it(Step step, Role role) {
        Complaint complaint = lifecycle.readyFor(step, STATE_FOR.get(step));
        ComplaintSnapshot before = complaint.snapshot();

        assertThatThrownBy(() -> lifecycle.take(step, complaint, ACTOR_OF.get(role)))
                .isInstanceOfSatisfying(StepNotPermittedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(StepNotPermittedException.ROLE_NOT_PERMITTED);
                    assertThat(e.step()).isEqualTo(step);
                    assertThat(e.role()).isEqualTo(role);
                    assertThat(e.permittedRoles()).isEqualTo(StepPolicy.roles(step));
                    assertThat(e).hasMessageContaining(step.phrase()).hasMessageContaining("not by " + role);
                });
        unchanged(complaint, before);
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void the_auditor_takes_no_step(Step step) {
        Complaint complaint = lifecycle.readyFor(step, STATE_FOR.get(step));

        notPermitted(StepNotPermittedException.ROLE_NOT_PERMITTED, Role.AUDITOR,
                () -> lifecycle.take(step, complaint, AUDITOR));
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"RECLASSIFY", "CHANGE_SEVERITY", "RECORD_CONTACT", "RECORD_INVESTIGATION",
            "RECORD_FINDING", "PROPOSE_RESOLUTION", "REPLY", "WAIT_ON_COMPLAINANT", "RESUME_HANDLING", "REQUEST_EXTENSION",
            "WITHDRAW"})
    void a_handler_of_a_department_not_dispatched_to_is_refused_the_department_s_steps(Step step) {
        Complaint complaint = lifecycle.readyFor(step, STATE_FOR.get(step));
        ComplaintSnapshot before = complaint.snapshot();

        notPermitted(StepNotPermittedException.NOT_HANDLING_DEPARTMENT, Role.HANDLER,
                () -> lifecycle.take(step, complaint, OTHER_HANDLER));

        unchanged(complaint, before);
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"RECLASSIFY", "CHANGE_SEVERITY", "RECORD_CONTACT", "RECORD_INVESTIGATION",
            "RECORD_FINDING", "PROPOSE_RESOLUTION", "REPLY", "WAIT_ON_COMPLAINANT", "RESUME_HANDLING", "REQUEST_EXTENSION",
            "WITHDRAW"})
    void a_co_handling_department_takes_the_department_s_steps(Step step) {
        Complaint complaint = lifecycle.readyFor(step, STATE_FOR.get(step));

        Complaint after = lifecycle.take(step, complaint, CO_HANDLER);

        assertThat(after.newEvents().getLast().actor()).isEqualTo(CO_HANDLER);
    }

    @Test
    void before_dispatch_a_handler_of_the_owning_unit_acts_on_the_complaint() {
        Complaint registered = lifecycle.registered();

        Complaint reclassified = registered.reclassify(UtilityDomain.WATER, Nature.BILLING, registered.classification().topic(),
                reason("a water bill"), OWNING_UNIT_HANDLER, lifecycle.now());

        assertThat(reclassified.classification().utilityDomain()).isEqualTo(UtilityDomain.WATER);
    }

    @Test
    void before_dispatch_a_handler_of_another_unit_does_not_act_on_the_complaint() {
        Complaint accepted = lifecycle.accepted();

        notPermitted(StepNotPermittedException.NOT_HANDLING_DEPARTMENT, Role.HANDLER,
                () -> accepted.withdraw(reason("withdrawn"), LEAD_HANDLER, lifecycle.now()));
    }

    @Test
    void once_dispatched_the_owning_unit_s_handler_leaves_the_complaint_to_the_departments() {
        Complaint dispatched = lifecycle.dispatched();

        notPermitted(StepNotPermittedException.NOT_HANDLING_DEPARTMENT, Role.HANDLER,
                () -> dispatched.changeSeverity(Severity.LEVEL_2, reason("wider"), LifecycleFixture.PRIORITIES,
                        OWNING_UNIT_HANDLER, lifecycle.now()));
    }

    @Test
    void the_proposer_of_a_resolution_may_not_approve_it() {
        Complaint proposed = LifecycleFixture.stored(lifecycle.withFinding().proposeResolution(text("Compensate."),
                Optional.of(COMPENSATION), APPROVAL, SUPERVISOR, lifecycle.now()));
        ComplaintSnapshot before = proposed.snapshot();

        notPermitted(StepNotPermittedException.APPROVER_IS_PROPOSER, Role.SUPERVISOR,
                () -> proposed.approveResolution(Optional.empty(), SUPERVISOR, lifecycle.now()));

        unchanged(proposed, before);
    }

    @Test
    void the_proposer_of_a_resolution_may_not_send_it_back_either() {
        Complaint proposed = LifecycleFixture.stored(lifecycle.withFinding(LifecycleFixture.level1Complaint())
                .proposeResolution(text("Replace the valve."), Optional.empty(), APPROVAL, DIRECTOR, lifecycle.now()));

        notPermitted(StepNotPermittedException.APPROVER_IS_PROPOSER, Role.DIRECTOR,
                () -> proposed.sendBackResolution(reason("no"), DIRECTOR, lifecycle.now()));
    }

    @Test
    void another_supervisor_than_the_proposer_approves() {
        Complaint proposed = LifecycleFixture.stored(lifecycle.withFinding().proposeResolution(text("Compensate."),
                Optional.of(COMPENSATION), APPROVAL, SUPERVISOR, lifecycle.now()));
        Actor otherSupervisor = LifecycleFixture.actor("supervisor-4", Role.SUPERVISOR, SUPERVISOR.orgUnit());

        Complaint approved = proposed.approveResolution(Optional.empty(), otherSupervisor, lifecycle.now());

        assertThat(approved.state()).isEqualTo(RESOLVED);
    }

    @Test
    void a_supervisor_may_not_approve_a_level_1_resolution() {
        Complaint proposed = lifecycle.level1ResolutionProposed();
        ComplaintSnapshot before = proposed.snapshot();

        assertThatThrownBy(() -> proposed.approveResolution(Optional.empty(), SUPERVISOR, lifecycle.now()))
                .isInstanceOfSatisfying(StepNotPermittedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(StepNotPermittedException.ROLE_NOT_PERMITTED);
                    assertThat(e.role()).isEqualTo(Role.SUPERVISOR);
                    assertThat(e.permittedRoles()).containsExactly(Role.DIRECTOR);
                    assertThat(e).hasMessageContaining("LEVEL_1");
                });
        unchanged(proposed, before);
    }

    @Test
    void a_supervisor_may_not_send_back_a_level_1_resolution() {
        Complaint proposed = lifecycle.level1ResolutionProposed();

        notPermitted(StepNotPermittedException.ROLE_NOT_PERMITTED, Role.SUPERVISOR,
                () -> proposed.sendBackResolution(reason("no"), SUPERVISOR, lifecycle.now()));
    }

    @Test
    void a_severity_raised_to_level_1_while_awaiting_approval_leaves_the_approval_to_the_director() {
        Complaint proposed = LifecycleFixture.stored(lifecycle.resolutionProposed().changeSeverity(Severity.LEVEL_1,
                reason("gas smell reported"), LifecycleFixture.PRIORITIES, SUPERVISOR, lifecycle.now()));

        notPermitted(StepNotPermittedException.ROLE_NOT_PERMITTED, Role.SUPERVISOR,
                () -> proposed.approveResolution(Optional.empty(), SUPERVISOR, lifecycle.now()));
    }

    @Test
    void the_callback_group_not_the_handler_calls_back() {
        Complaint replied = lifecycle.replied();

        notPermitted(StepNotPermittedException.ROLE_NOT_PERMITTED, Role.HANDLER,
                () -> lifecycle.take(Step.RECORD_CALLBACK, replied, LEAD_HANDLER));
    }

    @Test
    void the_review_is_concluded_a_level_above_the_handling() {
        Complaint underReview = lifecycle.underReview();

        notPermitted(StepNotPermittedException.ROLE_NOT_PERMITTED, Role.AGENT,
                () -> lifecycle.take(Step.CONCLUDE_REVIEW, underReview, AGENT));
        notPermitted(StepNotPermittedException.ROLE_NOT_PERMITTED, Role.SYSTEM,
                () -> lifecycle.take(Step.CONCLUDE_REVIEW, underReview, SYSTEM));
    }
}
