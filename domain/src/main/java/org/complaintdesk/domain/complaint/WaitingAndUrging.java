package org.complaintdesk.domain.complaint;

import static org.complaintdesk.domain.complaint.ComplaintState.REGISTERED;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.domain.handling.ComplainantWait;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.handling.Urge;
import org.complaintdesk.domain.organisation.Actor;

/**
 * The rules of two steps that run beside the lifecycle rather than move it: waiting on the
 * complainant (stop-the-clock) and urging (催办). Neither changes the complaint's state.
 *
 * <p>A wait is not a state: the complaint stays where its handling stands and every other step
 * stays open to it. Only the clocks care, and they read the waits from the timeline. A complaint waits
 * on one thing at a time; to change the reason, resume and wait anew. The wait ends with
 * {@link Complaint#resumeHandling}, or with the step that ends the complaint (withdraw, close):
 * an ended complaint waits on no one, and that step's timeline entry names the wait it ended
 * ({@code waiting_reason}, {@code waiting_since}). A decline ends none: a complaint waits only
 * once accepted.
 */
public final class WaitingAndUrging {
    public static final String WAIT_BEFORE_ACCEPTANCE = "WAIT_BEFORE_ACCEPTANCE";
    public static final String ALREADY_WAITING = "ALREADY_WAITING";
    public static final String NOT_WAITING = "NOT_WAITING";

    private WaitingAndUrging() {
    }

    static Complaint waitOnComplainant(Complaint c, PauseReason reason, Statement note, Actor actor, Instant now) {
        Step step = Step.WAIT_ON_COMPLAINANT;
        c.authorize(step, actor);
        c.requireOpen(step);
        c.requireState(step, acceptedAndOpen(), WAIT_BEFORE_ACCEPTANCE,
                "the handling waits on the complainant only once the complaint is accepted");
        Optional<ComplainantWait> current = c.handling().oversight().complainantWait();
        if (current.isPresent()) {
            throw new IllegalTransitionException(ALREADY_WAITING, step, c.state(),
                    "the complaint already waits on the complainant (" + current.get().reason()
                            + "); resume the handling before waiting for another reason");
        }
        var wait = new ComplainantWait(reason, note, actor.userId(), now);
        return c.step(step, c.state(), actor, now, Optional.of(note.value()),
                new EventDetails.WaitingOnComplainant(reason),
                c.handling().with(c.handling().oversight().withComplainantWait(Optional.of(wait))));
    }

    static Complaint resumeHandling(Complaint c, Statement note, Actor actor, Instant now) {
        Step step = Step.RESUME_HANDLING;
        c.authorize(step, actor);
        c.requireOpen(step);
        if (!c.handling().oversight().isWaiting()) {
            throw new IllegalTransitionException(NOT_WAITING, step, c.state(),
                    "only a complaint that waits on the complainant resumes");
        }
        var details = new EventDetails.WaitingEnded(endedWait(c.handling()).orElseThrow());
        return c.step(step, c.state(), actor, now, Optional.of(note.value()), details, endWait(c.handling()));
    }

    static Complaint urge(Complaint c, Statement note, Actor actor, Instant now) {
        Step step = Step.URGE;
        c.authorize(step, actor);
        c.requireOpen(step);
        Oversight urged = c.handling().oversight().urged(new Urge(note, actor.userId(), now));
        return c.step(step, c.state(), actor, now, Optional.of(note.value()),
                new EventDetails.Urged(urged.urges()), c.handling().with(urged));
    }

    /** The handling with its wait, if any, ended. */
    static Handling endWait(Handling handling) {
        Oversight oversight = handling.oversight();
        return oversight.isWaiting() ? handling.with(oversight.withComplainantWait(Optional.empty())) : handling;
    }

    /** The wait a step ends, if the complaint waits, for the step's timeline entry. */
    static Optional<EventDetails.EndedWait> endedWait(Handling handling) {
        return handling.oversight().complainantWait().map(wait -> new EventDetails.EndedWait(wait.reason(), wait.since()));
    }

    private static Set<ComplaintState> acceptedAndOpen() {
        Set<ComplaintState> states = ComplaintState.open();
        states.remove(REGISTERED);
        return states;
    }
}
