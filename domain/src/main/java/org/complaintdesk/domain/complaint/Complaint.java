package org.complaintdesk.domain.complaint;

import static org.complaintdesk.domain.complaint.ComplaintState.ACCEPTED;
import static org.complaintdesk.domain.complaint.ComplaintState.ARCHIVED;
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
import static org.complaintdesk.domain.complaint.ComplaintState.WITHDRAWN;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.complaintdesk.domain.handling.Acceptance;
import org.complaintdesk.domain.handling.ApprovalStatus;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.Callback;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.Contact;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.Decline;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.Dispatch;
import org.complaintdesk.domain.handling.Finding;
import org.complaintdesk.domain.handling.InvestigationRecord;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.Reply;
import org.complaintdesk.domain.handling.Resolution;
import org.complaintdesk.domain.handling.Responsibility;
import org.complaintdesk.domain.handling.Review;
import org.complaintdesk.domain.handling.ReviewOutcome;
import org.complaintdesk.domain.handling.Satisfaction;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.handling.Withdrawal;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/**
 * A complaint, from registration to archive. The aggregate guards its own rules: it is created
 * only through {@link #register} and changed only through methods named for the steps of
 * "Life of a complaint" (domain.md). Each step checks who takes it and whether the complaint's
 * state allows it, and returns the complaint one version on with the step's timeline entry in
 * {@link #newEvents()}; the complaint it was called on is left as it was.
 */
public final class Complaint {
    public static final String RECEIVED_IN_FUTURE = "RECEIVED_IN_FUTURE";
    /** A time the actor reports (a contact, an investigation) lies in the future. */
    public static final String IN_FUTURE = "IN_FUTURE";
    /** Clocks of intake systems drift; a time this far ahead of ours is still believed. */
    static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(5);

    // Rules of the lifecycle, named for what was missing or wrong; clients may branch on them.
    public static final String ACCEPTANCE_ALREADY_DECIDED = "ACCEPTANCE_ALREADY_DECIDED";
    public static final String DISPATCH_BEFORE_ACCEPTANCE = "DISPATCH_BEFORE_ACCEPTANCE";
    public static final String RETURN_WITHOUT_OPEN_DISPATCH = "RETURN_WITHOUT_OPEN_DISPATCH";
    public static final String REDISPATCH_WITHOUT_DISPATCH = "REDISPATCH_WITHOUT_DISPATCH";
    public static final String SAME_ASSIGNMENT = "SAME_ASSIGNMENT";
    public static final String CONTACT_BEFORE_ACCEPTANCE = "CONTACT_BEFORE_ACCEPTANCE";
    public static final String INVESTIGATION_WITHOUT_DISPATCH = "INVESTIGATION_WITHOUT_DISPATCH";
    public static final String FINDING_BEFORE_INVESTIGATION = "FINDING_BEFORE_INVESTIGATION";
    public static final String RESOLUTION_BEFORE_FINDING = "RESOLUTION_BEFORE_FINDING";
    public static final String NO_RESOLUTION_AWAITING_APPROVAL = "NO_RESOLUTION_AWAITING_APPROVAL";
    public static final String REPLY_BEFORE_RESOLUTION = "REPLY_BEFORE_RESOLUTION";
    public static final String CALLBACK_BEFORE_REPLY = "CALLBACK_BEFORE_REPLY";
    public static final String UNREACHABLE_TOO_FEW_ATTEMPTS = "UNREACHABLE_TOO_FEW_ATTEMPTS";
    public static final String REVIEW_BEFORE_REPLY = "REVIEW_BEFORE_REPLY";
    public static final String REVIEW_ALREADY_HELD = "REVIEW_ALREADY_HELD";
    public static final String REVIEW_WINDOW_ELAPSED = "REVIEW_WINDOW_ELAPSED";
    public static final String NO_REVIEW_PENDING = "NO_REVIEW_PENDING";
    public static final String COMPLAINT_NOT_OPEN = "COMPLAINT_NOT_OPEN";
    public static final String CLOSE_BEFORE_CALLBACK = "CLOSE_BEFORE_CALLBACK";
    public static final String ARCHIVE_BEFORE_CLOSE = "ARCHIVE_BEFORE_CLOSE";
    public static final String COMPLAINT_CLOSED = "COMPLAINT_CLOSED";
    public static final String COMPLAINT_ARCHIVED = "COMPLAINT_ARCHIVED";
    public static final String NOTHING_CHANGED = "NOTHING_CHANGED";
    // Waiting on the complainant (stop-the-clock); see WaitingAndUrging.
    public static final String WAIT_BEFORE_ACCEPTANCE = "WAIT_BEFORE_ACCEPTANCE";
    public static final String ALREADY_WAITING = "ALREADY_WAITING";
    public static final String NOT_WAITING = "NOT_WAITING";
    public static final String EXTENSION_ALREADY_PENDING = "EXTENSION_ALREADY_PENDING";
    public static final String NO_EXTENSION_PENDING = "NO_EXTENSION_PENDING";
    public static final String EXTENSION_DUE_PASSED = "EXTENSION_DUE_PASSED";
    public static final String ALREADY_SUPERVISED = "ALREADY_SUPERVISED";

    // Steps on which a handler must belong to a department the complaint is dispatched to.
    private static final Set<Step> DEPARTMENT_STEPS = EnumSet.of(Step.RECLASSIFY, Step.CHANGE_SEVERITY,
            Step.RETURN_DISPATCH, Step.RECORD_CONTACT, Step.RECORD_INVESTIGATION, Step.RECORD_FINDING,
            Step.PROPOSE_RESOLUTION, Step.REPLY, Step.AWAIT_COMPLAINANT, Step.RESUME_HANDLING, Step.REQUEST_EXTENSION, Step.WITHDRAW);

    private final ComplaintSnapshot state;
    private final List<ComplaintEvent> newEvents;

    private Complaint(ComplaintSnapshot state, List<ComplaintEvent> newEvents) {
        this.state = Objects.requireNonNull(state, "state");
        this.newEvents = List.copyOf(newEvents);
    }

    // ---------------------------------------------------------------- registration

    /**
     * Registers a complaint (000 二(一), 002 1.1): proposes the severity from the intake facts,
     * takes the agent's override when it carries a reason, derives the priority if none is given.
     * The version of a new complaint is 1, and its timeline starts with a REGISTERED entry. The
     * ticket number is drawn only once the intake has passed every check, so refused input uses
     * up no number.
     */
    public static Complaint register(
            ComplaintId id,
            Supplier<TicketNumber> ticketNumber,
            Intake intake,
            Actor registeredBy,
            Instant now,
            SeverityPolicy severityPolicy,
            PriorityPolicy priorityPolicy) {
        var violations = new Violations();
        intakeRuleViolations(Optional.of(intake.receivedAt()), intake.facts(), intake.requestedSeverity(),
                intake.severityOverrideReason().isPresent(), now, severityPolicy).forEach(v ->
                violations.add(v.field(), v.rule(), v.message()));
        violations.throwIfAny();
        Severity proposed = severityPolicy.propose(intake.facts()).level();
        SeverityAssessment severity = SeverityAssessment.decide(
                proposed, intake.requestedSeverity(), intake.severityOverrideReason());

        Priority priority = intake.requestedPriority()
                .orElseGet(() -> priorityPolicy.derive(severity.applied(), intake.channel()));
        var snapshot = new ComplaintSnapshot(
                id, ticketNumber.get(), REGISTERED,
                intake.complainant(), intake.channel(), intake.channelReference(), intake.receivedAt(),
                intake.kind(), intake.utilityDomain(), intake.nature(), intake.topic(), intake.facts(),
                severity, priority, intake.description(), intake.demand(), intake.location(),
                intake.orgUnit(), registeredBy.userId(), now, now, Handling.NONE, 1L);
        var details = new Details()
                .put("ticket_number", snapshot.ticketNumber().value())
                .put("kind", intake.kind())
                .put("channel", intake.channel())
                .put("severity", severity.applied())
                .put("priority", priority);
        var registered = new ComplaintEvent(id, 1L, EventType.REGISTERED, registeredBy, now, Optional.empty(),
                REGISTERED, Optional.empty(), details.map);
        return new Complaint(snapshot, List.of(registered));
    }

    /**
     * The registration rules that span several intake fields, checked on whatever parts of the
     * intake could be read: a caller that found other bad fields can report these in the same
     * answer. {@link #register} applies exactly these.
     */
    public static List<FieldViolation> intakeRuleViolations(Optional<Instant> receivedAt, IntakeFacts facts,
            Optional<Severity> requestedSeverity, boolean overrideReasonGiven, Instant now, SeverityPolicy severityPolicy) {
        List<FieldViolation> found = new ArrayList<>();
        if (receivedAt.isPresent() && receivedAt.get().isAfter(now.plus(CLOCK_SKEW_ALLOWANCE))) {
            found.add(new FieldViolation("receive_time", RECEIVED_IN_FUTURE,
                    "must not be later than the time of registration"));
        }
        Severity proposed = severityPolicy.propose(facts).level();
        if (requestedSeverity.isPresent() && requestedSeverity.get() != proposed && !overrideReasonGiven) {
            found.add(new FieldViolation(SeverityAssessment.REASON_FIELD, SeverityAssessment.OVERRIDE_NEEDS_REASON,
                    "a severity other than the proposed " + proposed + " needs a reason"));
        }
        return found;
    }

    public static Complaint restore(ComplaintSnapshot snapshot) {
        return new Complaint(snapshot, List.of());
    }

    // ---------------------------------------------------------------- acceptance review

    /** Accepts the complaint (000 二(一)3): in scope; the complainant is told what happens next and by when. */
    public Complaint accept(Statement nextSteps, Actor actor, Instant now) {
        authorize(Step.ACCEPT, actor);
        requireState(Step.ACCEPT, EnumSet.of(REGISTERED), ACCEPTANCE_ALREADY_DECIDED,
                "acceptance is decided once, in state REGISTERED");
        return step(Step.ACCEPT, ACCEPTED, actor, now, Optional.of(nextSteps.value()), new Details(),
                handling().withAcceptance(new Acceptance(nextSteps, actor.userId(), now)));
    }

    /** Declines the complaint (000 二(一)3, 004 三.3) with the reason and guidance on where to turn. */
    public Complaint decline(DeclineReason reason, Statement guidance, Actor actor, Instant now) {
        authorize(Step.DECLINE, actor);
        requireState(Step.DECLINE, EnumSet.of(REGISTERED), ACCEPTANCE_ALREADY_DECIDED,
                "acceptance is decided once, in state REGISTERED");
        return step(Step.DECLINE, DECLINED, actor, now, Optional.of(guidance.value()),
                new Details().put("decline_reason", reason),
                handling().withDecline(new Decline(reason, guidance, actor.userId(), now)));
    }

    // ---------------------------------------------------------------- classification

    /** Corrects the classification while the complaint is open (002 ch.2); the reason is kept. */
    public Complaint reclassify(UtilityDomain utilityDomain, Nature nature, Topic topic, Reason reason,
                                Actor actor, Instant now) {
        authorize(Step.RECLASSIFY, actor);
        requireOpen(Step.RECLASSIFY);
        if (utilityDomain == utilityDomain() && nature == nature() && topic.equals(topic())) {
            throw new InvalidValueException("utility_domain", NOTHING_CHANGED,
                    "domain, nature and topic are already as given");
        }
        var details = new Details()
                .put("utility_domain_before", utilityDomain()).put("utility_domain", utilityDomain)
                .put("nature_before", nature()).put("nature", nature)
                .put("topic_before", topic().value()).put("topic", topic.value());
        return new Complaint(state.withClassification(utilityDomain, nature, topic), newEvents)
                .step(Step.RECLASSIFY, state(), actor, now, Optional.of(reason.value()), details, handling());
    }

    /**
     * Changes the severity while the complaint is open, with a reason (002 1.1.14). The priority
     * rises to what the new severity calls for, and never falls: it may have been raised by hand.
     */
    public Complaint changeSeverity(Severity severity, Reason reason, PriorityPolicy priorityPolicy,
                                    Actor actor, Instant now) {
        authorize(Step.CHANGE_SEVERITY, actor);
        requireOpen(Step.CHANGE_SEVERITY);
        if (severity == severity().applied()) {
            throw new InvalidValueException("severity", NOTHING_CHANGED, "the severity is already " + severity);
        }
        Priority derived = priorityPolicy.derive(severity, channel());
        Priority priority = derived.compareTo(priority()) < 0 ? derived : priority();
        var assessment = new SeverityAssessment(severity().proposed(), severity,
                severity == severity().proposed() ? Optional.empty() : Optional.of(reason));
        var details = new Details()
                .put("severity_before", severity().applied()).put("severity", severity)
                .put("priority_before", priority()).put("priority", priority);
        return new Complaint(state.withSeverity(assessment, priority), newEvents)
                .step(Step.CHANGE_SEVERITY, state(), actor, now, Optional.of(reason.value()), details, handling());
    }

    // ---------------------------------------------------------------- dispatch

    /** Dispatches the accepted complaint to a lead department, co-handling departments and a handler (000 二(二)1). */
    public Complaint dispatch(Assignment assignment, Actor actor, Instant now) {
        authorize(Step.DISPATCH, actor);
        requireState(Step.DISPATCH, EnumSet.of(ACCEPTED), DISPATCH_BEFORE_ACCEPTANCE,
                "only an accepted complaint that awaits dispatch (state ACCEPTED) can be dispatched");
        return step(Step.DISPATCH, DISPATCHED, actor, now, Optional.empty(), assignmentDetails(assignment),
                handling().withDispatch(Optional.of(new Dispatch(assignment, actor.userId(), now))));
    }

    /** The lead department sends the dispatch back (退单) with its reason; the complaint awaits dispatch again. */
    public Complaint returnDispatch(Reason reason, Actor actor, Instant now) {
        authorize(Step.RETURN_DISPATCH, actor);
        requireState(Step.RETURN_DISPATCH, EnumSet.of(DISPATCHED), RETURN_WITHOUT_OPEN_DISPATCH,
                "a dispatch can be returned only before the department starts investigating (state DISPATCHED)");
        Assignment returned = currentAssignment();
        return step(Step.RETURN_DISPATCH, ACCEPTED, actor, now, Optional.of(reason.value()),
                new Details().put("returned_by_department", returned.leadDepartment().value()),
                handling().withDispatch(Optional.empty()));
    }

    /** Moves a dispatched complaint to another assignment, keeping what was investigated so far. */
    public Complaint redispatch(Assignment assignment, Reason reason, Actor actor, Instant now) {
        authorize(Step.REDISPATCH, actor);
        requireState(Step.REDISPATCH, EnumSet.of(DISPATCHED, INVESTIGATING), REDISPATCH_WITHOUT_DISPATCH,
                "only a complaint in the hands of a department (state DISPATCHED or INVESTIGATING) can be redispatched");
        if (assignment.sameAs(currentAssignment())) {
            throw new InvalidValueException("lead_department", SAME_ASSIGNMENT, "the complaint is already assigned so");
        }
        return step(Step.REDISPATCH, state(), actor, now, Optional.of(reason.value()), assignmentDetails(assignment),
                handling().withDispatch(Optional.of(new Dispatch(assignment, actor.userId(), now))));
    }

    // ---------------------------------------------------------------- investigation

    /** Records a contact with the complainant (003 三.2(2)): when, how, what was said and promised. */
    public Complaint recordContact(Instant contactedAt, ContactMethod method, Statement summary,
                                   Optional<Statement> promise, Actor actor, Instant now) {
        authorize(Step.RECORD_CONTACT, actor);
        requireOpen(Step.RECORD_CONTACT);
        Set<ComplaintState> accepted = ComplaintState.open();
        accepted.remove(REGISTERED);
        requireState(Step.RECORD_CONTACT, accepted, CONTACT_BEFORE_ACCEPTANCE,
                "contacts are recorded on accepted, open complaints");
        requireNotInFuture("contact_time", contactedAt, now);
        var details = new Details().put("contact_time", contactedAt).put("method", method);
        promise.ifPresent(p -> details.put("promise", p.value()));
        return step(Step.RECORD_CONTACT, state(), actor, now, Optional.of(summary.value()), details,
                handling().withContact(new Contact(contactedAt, method, summary, promise, actor.userId())));
    }

    /** Adds an investigation record (000 二(二), 002 ch.3); the first one starts the investigation. */
    public Complaint recordInvestigation(InvestigationRecord record, Actor actor, Instant now) {
        authorize(Step.RECORD_INVESTIGATION, actor);
        requireState(Step.RECORD_INVESTIGATION, EnumSet.of(DISPATCHED, INVESTIGATING), INVESTIGATION_WITHOUT_DISPATCH,
                "investigation records are added once the complaint is dispatched (state DISPATCHED or INVESTIGATING)");
        requireNotInFuture("conduct_time", record.conductedAt(), now);
        var details = new Details()
                .put("method", record.method())
                .put("conduct_time", record.conductedAt());
        record.place().ifPresent(place -> details.put("place", place));
        if (!record.participants().isEmpty()) {
            details.put("participants", String.join("; ", record.participants()));
        }
        if (!record.evidence().isEmpty()) {
            details.put("evidence", String.join("; ", record.evidence()));
        }
        return step(Step.RECORD_INVESTIGATION, INVESTIGATING, actor, now, Optional.of(record.findings().value()),
                details, handling().withInvestigationRecordAdded());
    }

    /** Records who is responsible (000 二(二)3), on the strength of at least one investigation record. */
    public Complaint recordFinding(Responsibility responsibility, Statement grounds, Actor actor, Instant now) {
        authorize(Step.RECORD_FINDING, actor);
        String needed = "a finding rests on an investigation (state INVESTIGATING, with at least one investigation record)";
        requireState(Step.RECORD_FINDING, EnumSet.of(INVESTIGATING), FINDING_BEFORE_INVESTIGATION, needed);
        if (handling().investigationRecords() == 0) {
            throw new IllegalTransitionException(FINDING_BEFORE_INVESTIGATION, Step.RECORD_FINDING, state(), needed);
        }
        return step(Step.RECORD_FINDING, INVESTIGATING, actor, now, Optional.of(grounds.value()),
                new Details().put("responsibility", responsibility),
                handling().withFinding(new Finding(responsibility, grounds, actor.userId(), now)));
    }

    // ---------------------------------------------------------------- resolution

    /**
     * Proposes a resolution (000 二(三), 001 (四)). It awaits approval where {@link ApprovalPolicy}
     * asks for one, and otherwise stands at once. Consultations and suggestions need no finding.
     */
    public Complaint proposeResolution(Statement measures, Optional<Remedy> remedy, ApprovalPolicy policy,
                                       Actor actor, Instant now) {
        authorize(Step.PROPOSE_RESOLUTION, actor);
        requireState(Step.PROPOSE_RESOLUTION, EnumSet.of(INVESTIGATING), RESOLUTION_BEFORE_FINDING,
                "a resolution follows the investigation (state INVESTIGATING)");
        if (kind() == ComplaintKind.COMPLAINT && handling().finding().isEmpty()) {
            throw new IllegalTransitionException(RESOLUTION_BEFORE_FINDING, Step.PROPOSE_RESOLUTION, state(),
                    "a complaint's resolution needs the responsibility finding first");
        }
        boolean needsApproval = policy.requiresApproval(severity().applied(), remedy, orgUnit());
        var details = new Details().put("approval_required", needsApproval);
        remedy.ifPresent(r -> details.put("remedy_kind", r.kind()).put("remedy_amount_fen", r.amountFen()));
        return step(Step.PROPOSE_RESOLUTION, needsApproval ? RESOLUTION_PROPOSED : RESOLVED, actor, now,
                Optional.of(measures.value()), details,
                handling().withResolution(Resolution.proposed(measures, remedy, actor.userId(), now, needsApproval)));
    }

    /** Approves the pending resolution; the person who proposed it may not. */
    public Complaint approveResolution(Optional<Statement> note, ApprovalPolicy policy, Actor actor, Instant now) {
        Resolution pending = decidableResolution(Step.APPROVE_RESOLUTION, policy, actor);
        return step(Step.APPROVE_RESOLUTION, RESOLVED, actor, now, note.map(Statement::value), new Details(),
                handling().withResolution(pending.decided(ApprovalStatus.APPROVED, actor.userId(), now, note)));
    }

    /** Sends the pending resolution back to the investigation with the approver's reason. */
    public Complaint sendBackResolution(Statement reason, ApprovalPolicy policy, Actor actor, Instant now) {
        Resolution pending = decidableResolution(Step.SEND_BACK_RESOLUTION, policy, actor);
        return step(Step.SEND_BACK_RESOLUTION, INVESTIGATING, actor, now, Optional.of(reason.value()), new Details(),
                handling().withResolution(pending.decided(ApprovalStatus.SENT_BACK, actor.userId(), now,
                        Optional.of(reason))));
    }

    private Resolution decidableResolution(Step step, ApprovalPolicy policy, Actor actor) {
        authorize(step, actor);
        Set<Role> approvers = policy.approverRoles(severity().applied());
        if (!approvers.contains(actor.role())) {
            throw new StepNotPermittedException(StepNotPermittedException.ROLE_NOT_PERMITTED, step, actor.role(),
                    approvers, "a " + severity().applied() + " resolution is decided by " + names(approvers)
                    + ", not by " + actor.role());
        }
        requireState(step, EnumSet.of(RESOLUTION_PROPOSED), NO_RESOLUTION_AWAITING_APPROVAL,
                "only a resolution awaiting approval (state RESOLUTION_PROPOSED) can be decided on");
        Resolution pending = handling().resolution().orElseThrow();
        if (pending.proposedBy().equals(actor.userId())) {
            throw new StepNotPermittedException(StepNotPermittedException.APPROVER_IS_PROPOSER, step, actor.role(),
                    approvers, "the person who proposed a resolution may not decide on it");
        }
        return pending;
    }

    // ---------------------------------------------------------------- reply and callback

    /**
     * Replies to the complainant (000 二(三)3, 002 ch.5). A complaint is answered once its
     * resolution stands; a consultation or suggestion may be answered without investigation.
     */
    public Complaint reply(ContactMethod channel, Statement content, Actor actor, Instant now) {
        authorize(Step.REPLY, actor);
        Set<ComplaintState> allowed = kind() == ComplaintKind.COMPLAINT
                ? EnumSet.of(RESOLVED)
                : EnumSet.of(ACCEPTED, DISPATCHED, INVESTIGATING, RESOLVED);
        requireState(Step.REPLY, allowed, REPLY_BEFORE_RESOLUTION, kind() == ComplaintKind.COMPLAINT
                ? "a complaint is answered once its resolution stands (state RESOLVED)"
                : "an accepted consultation or suggestion is answered before any resolution is proposed");
        return step(Step.REPLY, REPLIED, actor, now, Optional.of(content.value()), new Details().put("channel", channel),
                handling().withReply(new Reply(channel, content, actor.userId(), now)));
    }

    /**
     * Records the callback (000 二(四)1): the complainant's satisfaction, or that they were not
     * reached after the policy's number of attempts. An unsatisfied complainant reopens the
     * investigation (004 二 回访组).
     */
    public Complaint recordCallback(CallbackMethod method, Optional<Satisfaction> satisfaction, int attempts,
                                    Optional<Statement> comment, HandlingPolicy policy, Actor actor, Instant now) {
        authorize(Step.RECORD_CALLBACK, actor);
        requireState(Step.RECORD_CALLBACK, EnumSet.of(REPLIED), CALLBACK_BEFORE_REPLY,
                "the callback follows the reply (state REPLIED)");
        var callback = new Callback(method, satisfaction, attempts, comment, actor.userId(), now);
        if (!callback.reached() && attempts < policy.callbackAttempts()) {
            throw new InvalidValueException(Callback.ATTEMPTS_FIELD, UNREACHABLE_TOO_FEW_ATTEMPTS,
                    "a complainant counts as unreachable after " + policy.callbackAttempts() + " attempts");
        }
        var details = new Details().put("method", method).put("attempts", attempts)
                .put("satisfaction", satisfaction.map(Enum::name).orElse("UNREACHABLE"));
        Handling handling = handling().withCallback(callback);
        if (callback.unsatisfied()) {
            details.put("reopened", true);
            return step(Step.RECORD_CALLBACK, reopenedState(), actor, now, comment.map(Statement::value), details,
                    handling.reopened());
        }
        return step(Step.RECORD_CALLBACK, CALLED_BACK, actor, now, comment.map(Statement::value), details, handling);
    }

    // ---------------------------------------------------------------- review

    /**
     * The complainant asks for a review (复查, 000 二(四)2) with new facts or reasons, within the
     * policy's window after the reply. A complaint gets one review.
     */
    public Complaint requestReview(Statement grounds, HandlingPolicy policy, Actor actor, Instant now) {
        authorize(Step.REQUEST_REVIEW, actor);
        requireState(Step.REQUEST_REVIEW, EnumSet.of(REPLIED, CALLED_BACK), REVIEW_BEFORE_REPLY,
                "a review is asked for after the reply (state REPLIED or CALLED_BACK)");
        if (handling().review().isPresent()) {
            throw new IllegalTransitionException(REVIEW_ALREADY_HELD, Step.REQUEST_REVIEW, state(),
                    "a complaint is reviewed once");
        }
        Instant deadline = handling().reply().orElseThrow().repliedAt().plus(policy.reviewWindow());
        if (now.isAfter(deadline)) {
            throw new IllegalTransitionException(REVIEW_WINDOW_ELAPSED, Step.REQUEST_REVIEW, state(),
                    "a review must be asked for within " + policy.reviewWindow().toDays() + " days of the reply");
        }
        return step(Step.REQUEST_REVIEW, UNDER_REVIEW, actor, now, Optional.of(grounds.value()),
                new Details().put("review_deadline", deadline),
                handling().withReview(Review.requested(grounds, actor.userId(), now)));
    }

    /**
     * Concludes the review and records what the complainant was told (000 二(四)2). Upheld: the
     * earlier result stands and the complaint returns to where it was. Changed: handling reopens.
     */
    public Complaint concludeReview(ReviewOutcome outcome, Statement conclusion, Actor actor, Instant now) {
        authorize(Step.CONCLUDE_REVIEW, actor);
        requireState(Step.CONCLUDE_REVIEW, EnumSet.of(UNDER_REVIEW), NO_REVIEW_PENDING,
                "only a complaint under review (state UNDER_REVIEW) has a review to conclude");
        Handling handling = handling().withReview(
                handling().review().orElseThrow().concluded(outcome, conclusion, actor.userId(), now));
        var details = new Details().put("outcome", outcome);
        if (outcome == ReviewOutcome.CHANGED) {
            details.put("reopened", true);
            return step(Step.CONCLUDE_REVIEW, reopenedState(), actor, now, Optional.of(conclusion.value()), details,
                    handling.reopened());
        }
        ComplaintState back = handling().latestCallback().isPresent() ? CALLED_BACK : REPLIED;
        return step(Step.CONCLUDE_REVIEW, back, actor, now, Optional.of(conclusion.value()), details, handling);
    }

    // ---------------------------------------------------------------- waiting on the complainant, urging

    /**
     * The handling waits on the complainant (stop-the-clock): materials were asked for, the site
     * visit was refused, or the complainant is not reached. The clocks the deadline rules name for
     * the reason stand still until {@link #resumeHandling} or the end of the complaint; the
     * complaint keeps its state and its other steps. Rules: {@link WaitingAndUrging}.
     */
    public Complaint awaitComplainant(PauseReason reason, Statement note, Actor actor, Instant now) {
        return WaitingAndUrging.awaitComplainant(this, reason, note, actor, now);
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
     * Asks for more time on a running clock (延期, 002 3.4): the complainant was told, with a
     * preliminary opinion, and a lead decides. One request at a time. Whether the clock runs and
     * has not run out is the use case's to check: the complaint does not keep its clocks. Rules:
     * {@link ExtensionsAndSupervision}.
     */
    public Complaint requestExtension(String clock, Instant newDue, Reason reason, Statement preliminaryOpinion,
                                      Instant complainantToldAt, Actor actor, Instant now) {
        return ExtensionsAndSupervision.requestExtension(this, clock, newDue, reason, preliminaryOpinion,
                complainantToldAt, actor, now);
    }

    /** A lead grants the pending extension; from now on the clock runs to its new due. */
    public Complaint approveExtension(Optional<Statement> note, Actor actor, Instant now) {
        return ExtensionsAndSupervision.approveExtension(this, note, actor, now);
    }

    /** A lead refuses the pending extension; the clock keeps its due. */
    public Complaint rejectExtension(Statement reason, Actor actor, Instant now) {
        return ExtensionsAndSupervision.rejectExtension(this, reason, actor, now);
    }

    /**
     * Escalates the complaint (督办) to {@code level}: by the monitor when a clock breached or after
     * repeated urges, or by a lead by hand. Refused when it is already supervised at that level or above.
     */
    public Complaint supervise(Role level, SupervisionCause cause, Optional<String> clock, Statement note, Actor actor,
                               Instant now) {
        return ExtensionsAndSupervision.supervise(this, level, cause, clock, note, actor, now);
    }

    /**
     * Notes on the timeline that the running clocks were re-timed without a step of the complaint
     * (a new calendar or policy): {@code changes} names each clock moved, with its due before and after.
     */
    public Complaint recordRetiming(Map<String, String> changes, Statement note, Actor actor, Instant now) {
        return ExtensionsAndSupervision.recordRetiming(this, changes, note, actor, now);
    }

    /**
     * The same complaint with {@code details} added to the timeline entry of the step it just took:
     * what the use case learnt of the step's effects, such as the clocks a severity change re-timed.
     */
    public Complaint withStepDetails(Map<String, String> details) {
        if (newEvents.isEmpty()) {
            throw new IllegalStateException(this + " took no step to annotate");
        }
        List<ComplaintEvent> events = new ArrayList<>(newEvents);
        ComplaintEvent last = events.removeLast();
        Map<String, String> merged = new LinkedHashMap<>(last.details());
        merged.putAll(details);
        events.add(new ComplaintEvent(last.complaintId(), last.sequence(), last.type(), last.actor(), last.occurredAt(),
                last.stateBefore(), last.stateAfter(), last.note(), merged));
        return new Complaint(state, events);
    }

    // ---------------------------------------------------------------- the end

    /**
     * The complainant withdraws the complaint (撤诉), at any time before it ends. A wait on the
     * complainant ends with it.
     */
    public Complaint withdraw(Statement reason, Actor actor, Instant now) {
        authorize(Step.WITHDRAW, actor);
        requireOpen(Step.WITHDRAW);
        var details = new Details();
        Handling handling = WaitingAndUrging.endWait(
                handling().withWithdrawal(new Withdrawal(reason, actor.userId(), now)), details);
        return step(Step.WITHDRAW, WITHDRAWN, actor, now, Optional.of(reason.value()), details, handling);
    }

    /**
     * Closes the complaint: once replied and called back, once withdrawn or declined; a
     * consultation or suggestion also once answered. A wait on the complainant ends with it.
     */
    public Complaint close(Optional<Statement> note, Actor actor, Instant now) {
        authorize(Step.CLOSE, actor);
        Set<ComplaintState> allowed = kind() == ComplaintKind.COMPLAINT
                ? EnumSet.of(CALLED_BACK, WITHDRAWN, DECLINED)
                : EnumSet.of(REPLIED, CALLED_BACK, WITHDRAWN, DECLINED);
        requireState(Step.CLOSE, allowed, CLOSE_BEFORE_CALLBACK, kind() == ComplaintKind.COMPLAINT
                ? "a complaint is closed after the reply and the callback (CALLED_BACK), or when WITHDRAWN or DECLINED"
                : "a consultation or suggestion is closed once answered (REPLIED or CALLED_BACK), or when WITHDRAWN or DECLINED");
        var details = new Details().put("closed_from", state());
        Handling handling = WaitingAndUrging.endWait(handling().closed(now), details);
        return step(Step.CLOSE, CLOSED, actor, now, note.map(Statement::value), details, handling);
    }

    /** Files the closed complaint (000 二(五)1, 002 ch.10); from now on it refuses every change. */
    public Complaint archive(Actor actor, Instant now) {
        authorize(Step.ARCHIVE, actor);
        requireState(Step.ARCHIVE, EnumSet.of(CLOSED), ARCHIVE_BEFORE_CLOSE, "only a CLOSED complaint is archived");
        return step(Step.ARCHIVE, ARCHIVED, actor, now, Optional.empty(), new Details(), handling().archived(now));
    }

    // ---------------------------------------------------------------- rules shared by the steps

    void authorize(Step step, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!step.roles().contains(actor.role())) {
            throw new StepNotPermittedException(StepNotPermittedException.ROLE_NOT_PERMITTED, step, actor.role(),
                    step.roles(), "the step " + step.phrase() + " is taken by " + names(step.roles())
                    + ", not by " + actor.role());
        }
        if (actor.role() == Role.HANDLER && DEPARTMENT_STEPS.contains(step)) {
            Optional<Assignment> assignment = handling().dispatch().map(Dispatch::assignment);
            OrgUnitId unit = actor.orgUnit();
            if (step == Step.RETURN_DISPATCH && assignment.isPresent()
                    && !assignment.get().leadDepartment().equals(unit)) {
                throw new StepNotPermittedException(StepNotPermittedException.NOT_LEAD_DEPARTMENT, step, actor.role(),
                        step.roles(), "only the lead department returns a dispatch");
            }
            // Before any dispatch, the unit that owns the complaint handles it.
            boolean involved = assignment.map(a -> a.involves(unit)).orElse(unit.equals(orgUnit()));
            if (!involved) {
                throw new StepNotPermittedException(StepNotPermittedException.NOT_HANDLING_DEPARTMENT, step,
                        actor.role(), step.roles(), "a handler acts only on complaints dispatched to their department");
            }
        }
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

    static void requireNotInFuture(String field, Instant reported, Instant now) {
        if (reported.isAfter(now.plus(CLOCK_SKEW_ALLOWANCE))) {
            throw new InvalidValueException(field, IN_FUTURE, "must not be in the future");
        }
    }

    /**
     * Where reopened handling resumes: with the department that has the complaint, or, for a
     * consultation or suggestion answered before any dispatch, back in the dispatch queue.
     */
    private ComplaintState reopenedState() {
        return handling().dispatch().isPresent() ? INVESTIGATING : ACCEPTED;
    }

    private Assignment currentAssignment() {
        return handling().dispatch().map(Dispatch::assignment)
                .orElseThrow(() -> new IllegalStateException(this + " is in " + state() + " without a dispatch"));
    }

    private static Details assignmentDetails(Assignment assignment) {
        var details = new Details()
                .put("lead_department", assignment.leadDepartment().value())
                .put("handler", assignment.handler().value());
        if (!assignment.coHandlingDepartments().isEmpty()) {
            details.put("co_handling_departments", assignment.coHandlingDepartments().stream()
                    .map(OrgUnitId::value).collect(Collectors.joining(",")));
        }
        return details;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    /** The complaint after a step: new state and handling, one version on, and the step's timeline entry. */
    Complaint step(Step step, ComplaintState after, Actor actor, Instant now, Optional<String> note,
                   Details details, Handling handling) {
        ComplaintSnapshot next = state.next(after, handling, now);
        var event = new ComplaintEvent(id(), next.version(), step.event(), actor, now, Optional.of(state()), after,
                note, details.map);
        List<ComplaintEvent> events = new ArrayList<>(newEvents);
        events.add(event);
        return new Complaint(next, events);
    }

    /** A step's particulars for its timeline entry, in the order written; enums by their domain constant name. */
    static final class Details {
        private final Map<String, String> map = new LinkedHashMap<>();

        Details put(String key, Object value) {
            map.put(key, value instanceof Enum<?> e ? e.name() : String.valueOf(value));
            return this;
        }
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

    public Handling handling() {
        return state.handling();
    }

    public Complainant complainant() {
        return state.complainant();
    }

    public Channel channel() {
        return state.channel();
    }

    public Optional<ChannelReference> channelReference() {
        return state.channelReference();
    }

    public Instant receivedAt() {
        return state.receivedAt();
    }

    public ComplaintKind kind() {
        return state.kind();
    }

    public UtilityDomain utilityDomain() {
        return state.utilityDomain();
    }

    public Nature nature() {
        return state.nature();
    }

    public Topic topic() {
        return state.topic();
    }

    public IntakeFacts facts() {
        return state.facts();
    }

    public SeverityAssessment severity() {
        return state.severity();
    }

    public Priority priority() {
        return state.priority();
    }

    public Description description() {
        return state.description();
    }

    public Demand demand() {
        return state.demand();
    }

    public Optional<Location> location() {
        return state.location();
    }

    public OrgUnitId orgUnit() {
        return state.orgUnit();
    }

    public UserId registeredBy() {
        return state.registeredBy();
    }

    public Instant registeredAt() {
        return state.registeredAt();
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
