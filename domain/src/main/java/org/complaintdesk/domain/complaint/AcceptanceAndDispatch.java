package org.complaintdesk.domain.complaint;

import static org.complaintdesk.domain.complaint.ComplaintState.ACCEPTED;
import static org.complaintdesk.domain.complaint.ComplaintState.DECLINED;
import static org.complaintdesk.domain.complaint.ComplaintState.DISPATCHED;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.REGISTERED;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.complaintdesk.domain.handling.Acceptance;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.Decline;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.Dispatch;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The acceptance review (000 二(一)3, 004 三.3) and the dispatch to departments (000 二(二)1): accept
 * or decline once; dispatch an accepted complaint; the lead department may return it (退单); a lead
 * may move it to another assignment.
 */
public final class AcceptanceAndDispatch {
    public static final String ACCEPTANCE_ALREADY_DECIDED = "ACCEPTANCE_ALREADY_DECIDED";
    public static final String DISPATCH_BEFORE_ACCEPTANCE = "DISPATCH_BEFORE_ACCEPTANCE";
    public static final String RETURN_WITHOUT_OPEN_DISPATCH = "RETURN_WITHOUT_OPEN_DISPATCH";
    public static final String REDISPATCH_WITHOUT_DISPATCH = "REDISPATCH_WITHOUT_DISPATCH";
    public static final String SAME_ASSIGNMENT = "SAME_ASSIGNMENT";

    private AcceptanceAndDispatch() {
    }

    static Complaint accept(Complaint c, Statement nextSteps, Actor actor, Instant now) {
        requireUndecided(c, Step.ACCEPT, actor);
        return c.step(Step.ACCEPT, ACCEPTED, actor, now, Optional.of(nextSteps.value()), new EventDetails.Accepted(),
                c.handling().withAcceptance(new Acceptance(nextSteps, actor.userId(), now)));
    }

    static Complaint decline(Complaint c, DeclineReason reason, Statement guidance, Actor actor, Instant now) {
        requireUndecided(c, Step.DECLINE, actor);
        return c.step(Step.DECLINE, DECLINED, actor, now, Optional.of(guidance.value()),
                new EventDetails.Declined(reason),
                c.handling().withDecline(new Decline(reason, guidance, actor.userId(), now)));
    }

    static Complaint dispatch(Complaint c, Assignment assignment, Actor actor, Instant now) {
        c.authorize(Step.DISPATCH, actor);
        c.requireState(Step.DISPATCH, EnumSet.of(ACCEPTED), DISPATCH_BEFORE_ACCEPTANCE,
                "only an accepted complaint that awaits dispatch (state ACCEPTED) can be dispatched");
        return c.step(Step.DISPATCH, DISPATCHED, actor, now, Optional.empty(), new EventDetails.Dispatched(assigned(assignment)),
                dispatched(c, Optional.of(new Dispatch(assignment, actor.userId(), now))));
    }

    static Complaint returnComplaint(Complaint c, Reason reason, Actor actor, Instant now) {
        c.authorize(Step.RETURN, actor);
        c.requireState(Step.RETURN, EnumSet.of(DISPATCHED), RETURN_WITHOUT_OPEN_DISPATCH,
                "a dispatch can be returned only before the department starts investigating (state DISPATCHED)");
        Assignment returned = currentAssignment(c);
        return c.step(Step.RETURN, ACCEPTED, actor, now, Optional.of(reason.value()),
                new EventDetails.DispatchReturned(returned.leadDepartment()),
                dispatched(c, Optional.empty()));
    }

    static Complaint redispatch(Complaint c, Assignment assignment, Reason reason, Actor actor, Instant now) {
        c.authorize(Step.REDISPATCH, actor);
        c.requireState(Step.REDISPATCH, EnumSet.of(DISPATCHED, INVESTIGATING), REDISPATCH_WITHOUT_DISPATCH,
                "only a complaint in the hands of a department (state DISPATCHED or INVESTIGATING) can be redispatched");
        if (assignment.sameAs(currentAssignment(c))) {
            throw new InvalidValueException("lead_department", SAME_ASSIGNMENT, "the complaint is already assigned so");
        }
        return c.step(Step.REDISPATCH, c.state(), actor, now, Optional.of(reason.value()), new EventDetails.Redispatched(assigned(assignment)),
                dispatched(c, Optional.of(new Dispatch(assignment, actor.userId(), now))));
    }

    private static void requireUndecided(Complaint c, Step step, Actor actor) {
        c.authorize(step, actor);
        c.requireState(step, EnumSet.of(REGISTERED), ACCEPTANCE_ALREADY_DECIDED,
                "acceptance is decided once, in state REGISTERED");
    }

    private static Handling dispatched(Complaint c, Optional<Dispatch> dispatch) {
        return c.handling().with(c.handling().investigation().withDispatch(dispatch));
    }

    private static Assignment currentAssignment(Complaint c) {
        return c.handling().investigation().dispatch().map(Dispatch::assignment)
                .orElseThrow(() -> new IllegalStateException(c + " is in " + c.state() + " without a dispatch"));
    }

    private static EventDetails.Assigned assigned(Assignment assignment) {
        return new EventDetails.Assigned(assignment.leadDepartment(), assignment.handler(),
                assignment.coHandlingDepartments());
    }
}
