package org.complaintdesk.domain.complaint;

import static org.complaintdesk.domain.complaint.ComplaintState.ACCEPTED;
import static org.complaintdesk.domain.complaint.ComplaintState.ARCHIVED;
import static org.complaintdesk.domain.complaint.ComplaintState.CLOSED;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.InvestigationRecord;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.Responsibility;
import org.complaintdesk.domain.handling.ReviewOutcome;
import org.complaintdesk.domain.handling.Satisfaction;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * A complaint, from registration to archive. The aggregate guards its own rules: it is created
 * only through {@link #register} and changed only through methods named for the steps of
 * "Life of a complaint" (domain.md). Each step checks who takes it ({@link StepPolicy}) and
 * whether the complaint's state allows it, and returns the complaint one version on with the
 * step's timeline entry in {@link #newEvents()}; the complaint it was called on is left as it was.
 *
 * <p>The root keeps the identity, the state and the mechanics every step shares; each phase's
 * rules and rule codes live with the phase: {@link IntakeAndClassification},
 * {@link AcceptanceAndDispatch}, {@link InvestigationAndResolution}, {@link ReplyAndCallback},
 * {@link Reviewing}, {@link Closing}, and beside the lifecycle {@link WaitingAndUrging} and
 * {@link ExtensionsAndSupervision}.
 */
public final class Complaint {
    // Rules every phase may refuse a step by; clients may branch on them.
    /** A time the actor reports (a contact, an investigation) lies in the future. */
    public static final String IN_FUTURE = "IN_FUTURE";
    public static final String NOTHING_CHANGED = "NOTHING_CHANGED";
    public static final String COMPLAINT_NOT_OPEN = "COMPLAINT_NOT_OPEN";
    public static final String COMPLAINT_CLOSED = "COMPLAINT_CLOSED";
    public static final String COMPLAINT_ARCHIVED = "COMPLAINT_ARCHIVED";
    /** Clocks of intake systems drift; a time this far ahead of ours is still believed. */
    static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(5);

    private final ComplaintSnapshot state;
    private final List<ComplaintEvent> newEvents;

    Complaint(ComplaintSnapshot state, List<ComplaintEvent> newEvents) {
        this.state = Objects.requireNonNull(state, "state");
        this.newEvents = List.copyOf(newEvents);
    }

    /**
     * Registers a complaint (000 二(一), 002 1.1): the severity proposed from the intake facts, the
     * agent's override taken when it carries a reason, the priority derived if none is given. The
     * ticket number is drawn only once the intake has passed every check.
     */
    public static Complaint register(ComplaintId id, Supplier<TicketNumber> ticketNumber, Intake intake,
                                     Actor registeredBy, Instant now, SeverityPolicy severityPolicy,
                                     PriorityPolicy priorityPolicy) {
        return IntakeAndClassification.register(id, ticketNumber, intake, registeredBy, now, severityPolicy,
                priorityPolicy);
    }

    public static Complaint restore(ComplaintSnapshot snapshot) {
        return new Complaint(snapshot, List.of());
    }

    // ---------------------------------------------------------------- the steps, by phase

    /** Accepts the complaint (000 二(一)3): the complainant is told what happens next and by when. */
    public Complaint accept(Statement nextSteps, Actor actor, Instant now) {
        return AcceptanceAndDispatch.accept(this, nextSteps, actor, now);
    }

    /** Declines the complaint (000 二(一)3, 004 三.3) with the reason and guidance on where to turn. */
    public Complaint decline(DeclineReason reason, Statement guidance, Actor actor, Instant now) {
        return AcceptanceAndDispatch.decline(this, reason, guidance, actor, now);
    }

    /** Corrects the classification while the complaint is open (002 ch.2); the reason is kept. */
    public Complaint reclassify(UtilityDomain utilityDomain, Nature nature, Topic topic, Reason reason, Actor actor,
                                Instant now) {
        return IntakeAndClassification.reclassify(this, utilityDomain, nature, topic, reason, actor, now);
    }

    /** Changes the severity while the complaint is open, with a reason (002 1.1.14); the priority never falls. */
    public Complaint changeSeverity(Severity severity, Reason reason, PriorityPolicy priorityPolicy, Actor actor,
                                    Instant now) {
        return IntakeAndClassification.changeSeverity(this, severity, reason, priorityPolicy, actor, now);
    }

    /** Dispatches the accepted complaint to a lead department, co-handling departments and a handler (000 二(二)1). */
    public Complaint dispatch(Assignment assignment, Actor actor, Instant now) {
        return AcceptanceAndDispatch.dispatch(this, assignment, actor, now);
    }

    /** The lead department returns the complaint (退单) with its reason; it awaits dispatch again. */
    public Complaint returnComplaint(Reason reason, Actor actor, Instant now) {
        return AcceptanceAndDispatch.returnComplaint(this, reason, actor, now);
    }

    /** Moves a dispatched complaint to another assignment, keeping what was investigated so far. */
    public Complaint redispatch(Assignment assignment, Reason reason, Actor actor, Instant now) {
        return AcceptanceAndDispatch.redispatch(this, assignment, reason, actor, now);
    }

    /** Records a contact with the complainant (003 三.2(2)): when, how, what was said and promised. */
    public Complaint recordContact(Instant contactedAt, ContactMethod method, Statement summary,
                                   Optional<Statement> promise, Actor actor, Instant now) {
        return InvestigationAndResolution.recordContact(this, contactedAt, method, summary, promise, actor, now);
    }

    /** Adds an investigation record (000 二(二), 002 ch.3); the first one starts the investigation. */
    public Complaint recordInvestigation(InvestigationRecord record, Actor actor, Instant now) {
        return InvestigationAndResolution.recordInvestigation(this, record, actor, now);
    }

    /** Records who is responsible (000 二(二)3), on the strength of at least one investigation record. */
    public Complaint recordFinding(Responsibility responsibility, Statement grounds, Actor actor, Instant now) {
        return InvestigationAndResolution.recordFinding(this, responsibility, grounds, actor, now);
    }

    /** Proposes a resolution (000 二(三), 001 (四)); it awaits approval where the policy asks for one. */
    public Complaint proposeResolution(Statement measures, Optional<Remedy> remedy, ApprovalPolicy policy,
                                       Actor actor, Instant now) {
        return InvestigationAndResolution.proposeResolution(this, measures, remedy, policy, actor, now);
    }

    /** Approves the pending resolution; the person who proposed it may not. */
    public Complaint approveResolution(Optional<Statement> note, Actor actor, Instant now) {
        return InvestigationAndResolution.approveResolution(this, note, actor, now);
    }

    /** Sends the pending resolution back to the investigation with the approver's reason. */
    public Complaint sendBackResolution(Reason reason, Actor actor, Instant now) {
        return InvestigationAndResolution.sendBackResolution(this, reason, actor, now);
    }

    /** Replies to the complainant (000 二(三)3, 002 ch.5). */
    public Complaint reply(ContactMethod channel, Statement content, Actor actor, Instant now) {
        return ReplyAndCallback.reply(this, channel, content, actor, now);
    }

    /** Records the callback (000 二(四)1); an unsatisfied complainant reopens the investigation. */
    public Complaint recordCallback(CallbackMethod method, Optional<Satisfaction> satisfaction, int attempts,
                                    Optional<Statement> comment, HandlingPolicy policy, Actor actor, Instant now) {
        return ReplyAndCallback.recordCallback(this, method, satisfaction, attempts, comment, policy, actor, now);
    }

    /** The complainant asks for a review (复查, 000 二(四)2) within the policy's window after the reply. */
    public Complaint requestReview(Statement grounds, HandlingPolicy policy, Actor actor, Instant now) {
        return Reviewing.requestReview(this, grounds, policy, actor, now);
    }

    /** Concludes the review (000 二(四)2): upheld, the earlier result stands; changed, handling reopens. */
    public Complaint concludeReview(ReviewOutcome outcome, Statement conclusion, Actor actor, Instant now) {
        return Reviewing.concludeReview(this, outcome, conclusion, actor, now);
    }

    /** The handling waits on the complainant (stop-the-clock); the complaint keeps its state and its steps. */
    public Complaint waitOnComplainant(PauseReason reason, Statement note, Actor actor, Instant now) {
        return WaitingAndUrging.waitOnComplainant(this, reason, note, actor, now);
    }

    /** The wait on the complainant is over (the materials came, the visit took place, they were reached). */
    public Complaint resumeHandling(Statement note, Actor actor, Instant now) {
        return WaitingAndUrging.resumeHandling(this, note, actor, now);
    }

    /** A lead of the complaint office urges the handling on (催办) with a note; the urges are counted. */
    public Complaint urge(Statement note, Actor actor, Instant now) {
        return WaitingAndUrging.urge(this, note, actor, now);
    }

    /**
     * Asks for more time on a running clock (延期, 002 3.4). Whether the clock runs and has time
     * left is the use case's to check: the complaint does not keep its clocks.
     */
    public Complaint requestExtension(ClockKind clock, Instant newDue, Reason reason, Statement preliminaryOpinion,
                                      Instant complainantToldAt, Actor actor, Instant now) {
        return ExtensionsAndSupervision.requestExtension(this, clock, newDue, reason, preliminaryOpinion,
                complainantToldAt, actor, now);
    }

    /** A lead grants the pending extension; from now on the clock runs to its new due. */
    public Complaint approveExtension(Optional<Statement> note, Actor actor, Instant now) {
        return ExtensionsAndSupervision.approveExtension(this, note, actor, now);
    }

    /** A lead refuses the pending extension; the clock keeps its due. */
    public Complaint rejectExtension(Reason reason, Actor actor, Instant now) {
        return ExtensionsAndSupervision.rejectExtension(this, reason, actor, now);
    }

    /** Escalates the complaint (督办) to {@code level}, by the monitor or by a lead's hand. */
    public Complaint supervise(Role level, SupervisionCause cause, Optional<ClockKind> clock, Statement note,
                               Actor actor, Instant now) {
        return ExtensionsAndSupervision.supervise(this, level, cause, clock, note, actor, now);
    }

    /** Notes that the running clocks were re-timed without a step (a new calendar or policy): each clock's due before and after. */
    public Complaint recordRetiming(DueChanges changes, Statement note, Actor actor, Instant now) {
        return ExtensionsAndSupervision.recordRetiming(this, changes, note, actor, now);
    }

    /** The complainant withdraws the complaint (撤诉) at any time before it ends. */
    public Complaint withdraw(Reason reason, Actor actor, Instant now) {
        return Closing.withdraw(this, reason, actor, now);
    }

    /** Closes the complaint once its handling is over. */
    public Complaint close(Optional<Statement> note, Actor actor, Instant now) {
        return Closing.close(this, note, actor, now);
    }

    /** Files the closed complaint (000 二(五)1, 002 ch.10); from now on it refuses every change. */
    public Complaint archive(Actor actor, Instant now) {
        return Closing.archive(this, actor, now);
    }

    /** A gateway reports that the notice {@code notice} reached the complainant. */
    public Complaint recordNoticeDelivered(UUID notice, Actor actor, Instant now) {
        return NoticeReports.delivered(this, notice, actor, now);
    }

    /** A gateway reports that the notice {@code notice} could not be delivered, and why. */
    public Complaint recordNoticeFailed(UUID notice, Reason failure, Actor actor, Instant now) {
        return NoticeReports.failed(this, notice, failure, actor, now);
    }

    /** The monitor notes that no gateway reported on the notice {@code notice} by {@code confirmBy}. */
    public Complaint recordNoticeUnconfirmed(UUID notice, Instant confirmBy, Actor actor, Instant now) {
        return NoticeReports.unconfirmed(this, notice, confirmBy, actor, now);
    }

    /**
     * The same complaint with the clocks its last step moved named on that step's timeline entry:
     * what the use case learnt of the step's effects, such as the clocks a severity change re-timed.
     */
    public Complaint withRetimingNoted(DueChanges retimed) {
        if (newEvents.isEmpty()) {
            throw new IllegalStateException(this + " took no step to annotate");
        }
        List<ComplaintEvent> events = new ArrayList<>(newEvents);
        ComplaintEvent last = events.removeLast();
        if (!(last.details() instanceof EventDetails.Retiming step)) {
            throw new IllegalStateException(last + " is no step that re-times clocks");
        }
        events.add(last.withDetails(step.withRetimed(retimed)));
        return new Complaint(state, events);
    }

    // ---------------------------------------------------------------- mechanics the steps share

    void authorize(Step step, Actor actor) {
        StepPolicy.authorize(step, actor, this);
    }

    /** Refuses the step unless the state is one of {@code allowed}; an ended complaint says so first. */
    void requireState(Step step, Set<ComplaintState> allowed, String rule, String needed) {
        ComplaintState current = state();
        if (allowed.contains(current)) {
            return;
        }
        if (current == ARCHIVED) {
            throw new IllegalTransitionException(COMPLAINT_ARCHIVED, step, current, "an archived complaint is read-only");
        }
        if (current == CLOSED) {
            throw new IllegalTransitionException(COMPLAINT_CLOSED, step, current,
                    "a closed complaint can only be archived");
        }
        throw new IllegalTransitionException(rule, step, current, needed);
    }

    void requireOpen(Step step) {
        requireState(step, ComplaintState.open(), COMPLAINT_NOT_OPEN,
                "only an open complaint (not declined, withdrawn, closed or archived) can be changed so");
    }

    /** Whether a time the actor reports lies in the future, beyond the drift of clocks. */
    static boolean inFuture(Instant reported, Instant now) {
        return reported.isAfter(now.plus(CLOCK_SKEW_ALLOWANCE));
    }

    static void requireNotInFuture(String field, Instant reported, Instant now) {
        if (inFuture(reported, now)) {
            throw new InvalidValueException(field, IN_FUTURE, "must not be in the future");
        }
    }

    /**
     * Where reopened handling resumes: with the department that has the complaint, or, for a
     * consultation or suggestion answered before any dispatch, back in the dispatch queue.
     */
    ComplaintState reopenedState() {
        return handling().investigation().dispatch().isPresent() ? INVESTIGATING : ACCEPTED;
    }

    /** The complaint after a step: new state and handling, one version on, and the step's timeline entry. */
    Complaint step(Step step, ComplaintState after, Actor actor, Instant now, Optional<String> note,
                   EventDetails details, Handling handling) {
        if (details.type() != step.event()) {
            throw new IllegalArgumentException(step + " writes " + step.event() + ", not " + details.type());
        }
        ComplaintSnapshot next = state.next(after, handling, now);
        var event = new ComplaintEvent(id(), next.version(), actor, now, Optional.of(state()), after, note, details);
        List<ComplaintEvent> events = new ArrayList<>(newEvents);
        events.add(event);
        return new Complaint(next, events);
    }

    /** The same complaint, with a part of its snapshot other than the handling changed by a step to come. */
    Complaint with(ComplaintSnapshot changed) {
        return new Complaint(changed, newEvents);
    }

    // ---------------------------------------------------------------- reading

    public ComplaintSnapshot snapshot() {
        return state;
    }

    /**
     * Timeline entries of the steps taken since this complaint was registered or restored, oldest
     * first, not yet stored. Their sequences run up to {@link #version()}.
     */
    public List<ComplaintEvent> newEvents() {
        return newEvents;
    }

    /** The version the stored complaint must still have for these new events to be written after it. */
    public long storedVersion() {
        return version() - newEvents.size();
    }

    public ComplaintId id() {
        return state.id();
    }

    public TicketNumber ticketNumber() {
        return state.ticketNumber();
    }

    public ComplaintState state() {
        return state.state();
    }

    /** What reached the register: the complainant, the channel, the facts and the demand. */
    public Submission submission() {
        return state.submission();
    }

    public Classification classification() {
        return state.classification();
    }

    public Triage triage() {
        return state.triage();
    }

    public Registration registration() {
        return state.registration();
    }

    public Handling handling() {
        return state.handling();
    }

    public Instant updatedAt() {
        return state.updatedAt();
    }

    /** Optimistic-concurrency version; the API's etag is derived from it. */
    public long version() {
        return state.version();
    }

    @Override
    public String toString() {
        return "Complaint[" + state.id() + " " + state.ticketNumber() + " " + state.state() + " v" + state.version() + "]";
    }
}
