package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.ComplaintState.ACCEPTED;
import static org.complaintdesk.domain.complaint.ComplaintState.DISPATCHED;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.REGISTERED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLVED;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.ASSIGNMENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.CO_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.CO_HANDLING_DEPARTMENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.DIRECTOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_DEPARTMENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.OTHER_ASSIGNMENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.OTHER_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SUPERVISOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SYSTEM;
import static org.complaintdesk.domain.complaint.LifecycleFixture.reason;
import static org.complaintdesk.domain.complaint.LifecycleFixture.text;
import static org.complaintdesk.domain.complaint.StepAssertions.invalid;
import static org.complaintdesk.domain.complaint.StepAssertions.notPermitted;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.Dispatch;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

/** Dispatch to a lead department and handler, return (退单) and redispatch (000 二(二)1, 004 三.3). */
class DispatchTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void dispatching_hands_an_accepted_complaint_to_the_lead_and_co_handling_departments() {
        Complaint accepted = lifecycle.accepted();
        Instant now = lifecycle.advance(Duration.ofMinutes(15));

        Complaint dispatched = accepted.dispatch(ASSIGNMENT, SUPERVISOR, now);

        assertThat(dispatched.state()).isEqualTo(DISPATCHED);
        assertThat(dispatched.handling().investigation().dispatch()).contains(new Dispatch(ASSIGNMENT, SUPERVISOR.userId(), now));
        ComplaintEvent event = stepTaken(accepted, dispatched, EventType.DISPATCHED, SUPERVISOR, now);
        assertThat(event.note()).isEmpty();
        assertThat(event.details()).isEqualTo(new EventDetails.Dispatched(new EventDetails.Assigned(
                new OrgUnitId("gridco/east/metering"), new UserId("handler-lead"),
                List.of(new OrgUnitId("gridco/east/billing")))));
    }

    @Test
    void a_dispatch_without_co_handling_departments_names_none() {
        Complaint accepted = lifecycle.accepted();
        Instant now = lifecycle.advance(Duration.ofMinutes(15));

        Complaint dispatched = accepted.dispatch(OTHER_ASSIGNMENT, AGENT, now);

        assertThat(stepTaken(accepted, dispatched, EventType.DISPATCHED, AGENT, now).details())
                .isInstanceOfSatisfying(EventDetails.Dispatched.class,
                        d -> assertThat(d.assigned().coHandlingDepartments()).isEmpty());
    }

    @Test
    void several_co_handling_departments_are_listed_in_order() {
        Complaint accepted = lifecycle.accepted();
        var assignment = new Assignment(LEAD_DEPARTMENT,
                List.of(CO_HANDLING_DEPARTMENT, LifecycleFixture.OTHER_DEPARTMENT), LEAD_HANDLER.userId());

        Complaint dispatched = accepted.dispatch(assignment, AGENT, lifecycle.now());

        assertThat(dispatched.newEvents().getLast().details())
                .isInstanceOfSatisfying(EventDetails.Dispatched.class, d -> assertThat(d.assigned().coHandlingDepartments())
                        .containsExactly(new OrgUnitId("gridco/east/billing"), new OrgUnitId("gridco/west/grid")));
    }

    @Test
    void an_integrated_platform_may_dispatch() {
        Complaint accepted = lifecycle.accepted();
        Instant now = lifecycle.advance(Duration.ofMinutes(1));

        Complaint dispatched = accepted.dispatch(ASSIGNMENT, SYSTEM, now);

        stepTaken(accepted, dispatched, EventType.DISPATCHED, SYSTEM, now);
    }

    @Test
    void a_complaint_is_dispatched_only_once_accepted() {
        Complaint registered = lifecycle.registered();

        refusedInState(REGISTERED, AcceptanceAndDispatch.DISPATCH_BEFORE_ACCEPTANCE,
                () -> registered.dispatch(ASSIGNMENT, SUPERVISOR, lifecycle.now()));
    }

    @Test
    void a_dispatched_complaint_is_not_dispatched_again_but_redispatched() {
        Complaint dispatched = lifecycle.dispatched();

        refusedInState(DISPATCHED, AcceptanceAndDispatch.DISPATCH_BEFORE_ACCEPTANCE,
                () -> dispatched.dispatch(OTHER_ASSIGNMENT, SUPERVISOR, lifecycle.now()));
    }

    @Test
    void the_lead_handler_returns_a_dispatch_with_a_reason_and_the_complaint_awaits_dispatch_again() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofMinutes(40));

        Complaint returned = dispatched.returnComplaint(reason("the meter belongs to the landlord"), LEAD_HANDLER, now);

        assertThat(returned.state()).isEqualTo(ACCEPTED);
        assertThat(returned.handling().investigation().dispatch()).isEmpty();
        ComplaintEvent event = stepTaken(dispatched, returned, EventType.DISPATCH_RETURNED, LEAD_HANDLER, now);
        assertThat(event.note()).contains("the meter belongs to the landlord");
        assertThat(event.details()).isEqualTo(new EventDetails.DispatchReturned(new OrgUnitId("gridco/east/metering")));
    }

    @Test
    void a_supervisor_may_return_a_dispatch_for_the_department() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofMinutes(40));

        Complaint returned = dispatched.returnComplaint(reason("wrong department"), SUPERVISOR, now);

        assertThat(returned.state()).isEqualTo(ACCEPTED);
        stepTaken(dispatched, returned, EventType.DISPATCH_RETURNED, SUPERVISOR, now);
    }

    @Test
    void a_returned_complaint_can_be_dispatched_to_another_department() {
        Complaint returned = LifecycleFixture.stored(lifecycle.dispatched()
                .returnComplaint(reason("not ours"), LEAD_HANDLER, lifecycle.advance(Duration.ofMinutes(5))));
        Instant now = lifecycle.advance(Duration.ofMinutes(5));

        Complaint dispatched = returned.dispatch(OTHER_ASSIGNMENT, SUPERVISOR, now);

        assertThat(dispatched.state()).isEqualTo(DISPATCHED);
        assertThat(dispatched.handling().investigation().dispatch()).map(Dispatch::assignment).contains(OTHER_ASSIGNMENT);
    }

    @Test
    void after_returning_a_dispatch_the_department_no_longer_acts_on_the_complaint() {
        Complaint returned = lifecycle.dispatched()
                .returnComplaint(reason("not ours"), LEAD_HANDLER, lifecycle.advance(Duration.ofMinutes(5)));

        notPermitted(StepNotPermittedException.NOT_HANDLING_DEPARTMENT, Role.HANDLER, () -> returned.recordContact(
                lifecycle.now(), ContactMethod.PHONE, text("called"), Optional.empty(), LEAD_HANDLER, lifecycle.now()));
    }

    @Test
    void a_co_handling_department_cannot_return_the_dispatch() {
        Complaint dispatched = lifecycle.dispatched();

        notPermitted(StepNotPermittedException.NOT_LEAD_DEPARTMENT, Role.HANDLER,
                () -> dispatched.returnComplaint(reason("not ours"), CO_HANDLER, lifecycle.now()));
    }

    @Test
    void a_department_not_dispatched_to_cannot_return_the_dispatch() {
        Complaint dispatched = lifecycle.dispatched();
        ComplaintSnapshot before = dispatched.snapshot();

        notPermitted(StepNotPermittedException.NOT_LEAD_DEPARTMENT, Role.HANDLER,
                () -> dispatched.returnComplaint(reason("not ours"), OTHER_HANDLER, lifecycle.now()));

        unchanged(dispatched, before);
    }

    @Test
    void a_dispatch_is_not_returned_once_the_investigation_started() {
        Complaint investigating = lifecycle.investigating();

        refusedInState(INVESTIGATING, AcceptanceAndDispatch.RETURN_WITHOUT_OPEN_DISPATCH,
                () -> investigating.returnComplaint(reason("too late"), LEAD_HANDLER, lifecycle.now()));
    }

    @Test
    void an_accepted_complaint_has_no_dispatch_to_return() {
        Complaint accepted = lifecycle.accepted();

        refusedInState(ACCEPTED, AcceptanceAndDispatch.RETURN_WITHOUT_OPEN_DISPATCH,
                () -> accepted.returnComplaint(reason("nothing to return"), SUPERVISOR, lifecycle.now()));
    }

    @Test
    void redispatching_moves_a_dispatched_complaint_to_another_assignment() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofMinutes(25));

        Complaint moved = dispatched.redispatch(OTHER_ASSIGNMENT, reason("the west grid owns the line"),
                SUPERVISOR, now);

        assertThat(moved.state()).isEqualTo(DISPATCHED);
        assertThat(moved.handling().investigation().dispatch()).contains(new Dispatch(OTHER_ASSIGNMENT, SUPERVISOR.userId(), now));
        ComplaintEvent event = stepTaken(dispatched, moved, EventType.REDISPATCHED, SUPERVISOR, now);
        assertThat(event.changedState()).isFalse();
        assertThat(event.note()).contains("the west grid owns the line");
        assertThat(event.details()).isEqualTo(new EventDetails.Redispatched(new EventDetails.Assigned(
                new OrgUnitId("gridco/west/grid"), new UserId("handler-other"), List.of())));
    }

    @Test
    void redispatching_during_the_investigation_keeps_what_was_investigated() {
        Complaint withFinding = lifecycle.withFinding();
        Instant now = lifecycle.advance(Duration.ofMinutes(25));

        Complaint moved = withFinding.redispatch(OTHER_ASSIGNMENT, reason("needs the grid team"), DIRECTOR, now);

        assertThat(moved.state()).isEqualTo(INVESTIGATING);
        assertThat(moved.handling().investigation().records()).isEqualTo(1);
        assertThat(moved.handling().investigation().finding()).isEqualTo(withFinding.handling().investigation().finding());
        stepTaken(withFinding, moved, EventType.REDISPATCHED, DIRECTOR, now);
    }

    @Test
    void after_a_redispatch_the_former_lead_department_no_longer_acts_on_the_complaint() {
        Complaint moved = lifecycle.dispatched()
                .redispatch(OTHER_ASSIGNMENT, reason("grid"), SUPERVISOR, lifecycle.advance(Duration.ofMinutes(5)));

        notPermitted(StepNotPermittedException.NOT_HANDLING_DEPARTMENT, Role.HANDLER,
                () -> moved.recordInvestigation(LifecycleFixture.siteInspection(lifecycle.now()), LEAD_HANDLER,
                        lifecycle.now()));
    }

    @Test
    void redispatching_to_the_same_assignment_is_refused() {
        Complaint dispatched = lifecycle.dispatched();
        var same = new Assignment(LEAD_DEPARTMENT, List.of(CO_HANDLING_DEPARTMENT), LEAD_HANDLER.userId());

        invalid("lead_department", AcceptanceAndDispatch.SAME_ASSIGNMENT,
                () -> dispatched.redispatch(same, reason("again"), SUPERVISOR, lifecycle.now()));
    }

    @Test
    void an_accepted_complaint_is_dispatched_not_redispatched() {
        Complaint accepted = lifecycle.accepted();

        refusedInState(ACCEPTED, AcceptanceAndDispatch.REDISPATCH_WITHOUT_DISPATCH,
                () -> accepted.redispatch(OTHER_ASSIGNMENT, reason("grid"), SUPERVISOR, lifecycle.now()));
    }

    @Test
    void a_resolved_complaint_is_no_longer_redispatched() {
        Complaint resolved = lifecycle.resolved();

        refusedInState(RESOLVED, AcceptanceAndDispatch.REDISPATCH_WITHOUT_DISPATCH,
                () -> resolved.redispatch(OTHER_ASSIGNMENT, reason("grid"), SUPERVISOR, lifecycle.now()));
    }

    @Test
    void only_a_supervisor_or_the_director_redispatches() {
        Complaint dispatched = lifecycle.dispatched();

        notPermitted(StepNotPermittedException.ROLE_NOT_PERMITTED, Role.AGENT,
                () -> dispatched.redispatch(OTHER_ASSIGNMENT, reason("grid"), AGENT, lifecycle.now()));
        notPermitted(StepNotPermittedException.ROLE_NOT_PERMITTED, Role.HANDLER,
                () -> dispatched.redispatch(OTHER_ASSIGNMENT, reason("grid"), LEAD_HANDLER, lifecycle.now()));
    }

    @Test
    void redispatching_to_the_same_departments_in_another_order_is_refused_as_the_same_assignment() {
        var first = new org.complaintdesk.domain.handling.Assignment(LifecycleFixture.LEAD_DEPARTMENT,
                java.util.List.of(LifecycleFixture.CO_HANDLING_DEPARTMENT, LifecycleFixture.OTHER_DEPARTMENT),
                LifecycleFixture.LEAD_HANDLER.userId());
        var reordered = new org.complaintdesk.domain.handling.Assignment(LifecycleFixture.LEAD_DEPARTMENT,
                java.util.List.of(LifecycleFixture.OTHER_DEPARTMENT, LifecycleFixture.CO_HANDLING_DEPARTMENT),
                LifecycleFixture.LEAD_HANDLER.userId());
        Complaint dispatched = LifecycleFixture.stored(lifecycle.accepted().dispatch(first, LifecycleFixture.SUPERVISOR,
                lifecycle.now()));

        invalid("lead_department", AcceptanceAndDispatch.SAME_ASSIGNMENT, () -> dispatched.redispatch(reordered,
                LifecycleFixture.reason("again"), LifecycleFixture.SUPERVISOR, lifecycle.now()));
    }
}
