package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ExtensionRequest;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.handling.Supervision;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/**
 * The rules of the steps that act on the complaint's time limits rather than its handling:
 * extensions (延期), supervision (督办) and the note that the clocks were re-timed. None changes
 * the complaint's state.
 *
 * <p>The complaint does not keep its clocks (they are computed from its timeline), so whether a
 * clock runs and has time left is checked by the use case before these steps; what is checked here
 * is what the complaint alone knows: one pending request at a time, the four-eyes principle, and
 * that a complaint is not escalated twice to the same level.
 */
public final class ExtensionsAndSupervision {
    public static final String EXTENSION_ALREADY_PENDING = "EXTENSION_ALREADY_PENDING";
    public static final String NO_EXTENSION_PENDING = "NO_EXTENSION_PENDING";
    public static final String EXTENSION_DUE_PASSED = "EXTENSION_DUE_PASSED";
    public static final String ALREADY_SUPERVISED = "ALREADY_SUPERVISED";
    /** Where a clock's new due stands in the timeline entries of an extension. */

    private ExtensionsAndSupervision() {
    }

    static Complaint requestExtension(Complaint c, ClockKind clock, Instant newDue, Reason reason,
                                      Statement preliminaryOpinion, Instant complainantToldAt, Actor actor,
                                      Instant now) {
        Step step = Step.REQUEST_EXTENSION;
        c.authorize(step, actor);
        c.requireOpen(step);
        Optional<ExtensionRequest> pending = c.handling().oversight().pendingExtension();
        if (pending.isPresent()) {
            throw new IllegalTransitionException(EXTENSION_ALREADY_PENDING, step, c.state(),
                    "an extension of " + pending.get().clock() + " awaits a decision; it is decided before another is asked for");
        }
        // Every value refused at once, under the request's field names.
        var values = new Violations();
        if (Complaint.inFuture(complainantToldAt, now)) {
            values.add(ExtensionRequest.COMPLAINANT_TOLD_TIME, Complaint.IN_FUTURE, "must not be in the future");
        }
        if (!newDue.isAfter(now)) {
            values.add(ExtensionRequest.NEW_DUE_TIME, EXTENSION_DUE_PASSED, "must be in the future");
        }
        values.throwIfAny();
        var request = new ExtensionRequest(clock, newDue, reason, preliminaryOpinion, complainantToldAt,
                actor.userId(), now);
        var details = new EventDetails.ExtensionRequested(clock, newDue, reason, complainantToldAt);
        return c.step(step, c.state(), actor, now, Optional.of(preliminaryOpinion.value()), details,
                c.handling().with(c.handling().oversight().withPendingExtension(Optional.of(request))));
    }

    static Complaint approveExtension(Complaint c, Optional<Statement> note, Actor actor, Instant now) {
        Step step = Step.APPROVE_EXTENSION;
        ExtensionRequest request = pendingFor(c, step, actor);
        StepPolicy.requireOtherThanProposer(step, actor, request.requestedBy(), StepPolicy.roles(step),
                "asked for an extension");
        if (!request.newDue().isAfter(now)) {
            throw new IllegalTransitionException(EXTENSION_DUE_PASSED, step, c.state(),
                    "the extension asked for runs to " + request.newDue() + ", which has passed; reject it");
        }
        return c.step(step, c.state(), actor, now, note.map(Statement::value),
                new EventDetails.ExtensionApproved(decided(request)),
                c.handling().with(c.handling().oversight().withPendingExtension(Optional.empty())));
    }

    static Complaint rejectExtension(Complaint c, Reason reason, Actor actor, Instant now) {
        Step step = Step.REJECT_EXTENSION;
        ExtensionRequest request = pendingFor(c, step, actor);
        return c.step(step, c.state(), actor, now, Optional.of(reason.value()),
                new EventDetails.ExtensionRejected(decided(request)),
                c.handling().with(c.handling().oversight().withPendingExtension(Optional.empty())));
    }

    static Complaint supervise(Complaint c, Role level, SupervisionCause cause, Optional<ClockKind> clock,
                               Statement note, Actor actor, Instant now) {
        Step step = Step.SUPERVISE;
        c.authorize(step, actor);
        c.requireOpen(step);
        var supervision = new Supervision(level, cause, clock, now);
        Optional<Supervision> current = c.handling().oversight().supervision();
        if (current.isPresent() && current.get().atLeast(level)) {
            throw new IllegalTransitionException(ALREADY_SUPERVISED, step, c.state(),
                    "the complaint is already supervised by " + current.get().level() + " since "
                            + current.get().since());
        }
        var details = new EventDetails.Supervised(level, cause, clock);
        return c.step(step, c.state(), actor, now, Optional.of(note.value()), details,
                c.handling().with(c.handling().oversight().supervised(supervision)));
    }

    static Complaint recordRetiming(Complaint c, DueChanges changes, Statement note, Actor actor,
                                    Instant now) {
        Step step = Step.RETIME_CLOCKS;
        c.authorize(step, actor);
        c.requireOpen(step);
        if (changes.isEmpty()) {
            throw new InvalidValueException("changes", Complaint.NOTHING_CHANGED, "name at least one clock re-timed");
        }
        return c.step(step, c.state(), actor, now, Optional.of(note.value()), new EventDetails.ClocksRetimed(changes),
                c.handling());
    }

    private static ExtensionRequest pendingFor(Complaint c, Step step, Actor actor) {
        c.authorize(step, actor);
        c.requireOpen(step);
        return c.handling().oversight().pendingExtension().orElseThrow(() -> new IllegalTransitionException(
                NO_EXTENSION_PENDING, step, c.state(), "no extension awaits a decision"));
    }

    /** The request a decision answers, for its timeline entry: the clocks read approved extensions from it. */
    private static EventDetails.DecidedRequest decided(ExtensionRequest request) {
        return new EventDetails.DecidedRequest(request.clock(), request.newDue(), request.reason(),
                request.requestedBy(), request.requestedAt(), request.complainantToldAt());
    }
}
