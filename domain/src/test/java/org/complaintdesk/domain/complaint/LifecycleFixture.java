package org.complaintdesk.domain.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.complaintdesk.domain.handling.InvestigationRecord;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.RemedyKind;
import org.complaintdesk.domain.handling.Responsibility;
import org.complaintdesk.domain.handling.ReviewOutcome;
import org.complaintdesk.domain.handling.Satisfaction;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/**
 * Complaints in any state of their life, built through the aggregate's own steps, with one actor
 * per role and a clock that moves only when asked. Each test class holds its own instance, so
 * JUnit gives every test a fresh clock.
 *
 * <p>The state builders ({@link #accepted()}, {@link #replied()}, ...) return the complaint as
 * stored ({@link Complaint#restore}): its {@link Complaint#newEvents()} then hold only the step the
 * test takes. The step helpers ({@link #accept}, {@link #dispatch}, ...) move the clock by
 * {@link #STEP_TIME}, take one step with the usual actor and keep the events, for chained tests.
 */
final class LifecycleFixture {
    /** How far each step helper moves the clock before it acts. */
    static final Duration STEP_TIME = Duration.ofMinutes(30);

    // The billing complaint of IntakeFixture belongs to this unit until it is dispatched.
    static final OrgUnitId OWNING_UNIT = new OrgUnitId("gridco/east");
    static final OrgUnitId LEAD_DEPARTMENT = new OrgUnitId("gridco/east/metering");
    static final OrgUnitId CO_HANDLING_DEPARTMENT = new OrgUnitId("gridco/east/billing");
    static final OrgUnitId OTHER_DEPARTMENT = new OrgUnitId("gridco/west/grid");
    static final OrgUnitId COMPLAINT_OFFICE = new OrgUnitId("gridco/east/office");

    static final Actor AGENT = IntakeFixture.AGENT;
    static final Actor LEAD_HANDLER = actor("handler-lead", Role.HANDLER, LEAD_DEPARTMENT);
    static final Actor CO_HANDLER = actor("handler-co", Role.HANDLER, CO_HANDLING_DEPARTMENT);
    static final Actor OTHER_HANDLER = actor("handler-other", Role.HANDLER, OTHER_DEPARTMENT);
    static final Actor OWNING_UNIT_HANDLER = actor("handler-owner", Role.HANDLER, OWNING_UNIT);
    static final Actor SUPERVISOR = actor("supervisor-3", Role.SUPERVISOR, COMPLAINT_OFFICE);
    static final Actor DIRECTOR = actor("director-1", Role.DIRECTOR, COMPLAINT_OFFICE);
    static final Actor AUDITOR = actor("auditor-1", Role.AUDITOR, COMPLAINT_OFFICE);
    static final Actor SYSTEM = actor("platform-12345", Role.SYSTEM, COMPLAINT_OFFICE);
    static final Actor ADMINISTRATOR = actor("admin-1", Role.ADMINISTRATOR, new OrgUnitId("gridco"));
    static final Actor PORTAL = actor("wechat-portal", Role.PORTAL, new OrgUnitId("gridco"));

    static final Assignment ASSIGNMENT =
            new Assignment(LEAD_DEPARTMENT, List.of(CO_HANDLING_DEPARTMENT), LEAD_HANDLER.userId());
    static final Assignment OTHER_ASSIGNMENT = new Assignment(OTHER_DEPARTMENT, List.of(), OTHER_HANDLER.userId());

    static final HandlingPolicy POLICY = HandlingPolicy.defaults();
    /** A notice to the complainant the gateways report on. */
    static final java.util.UUID NOTICE = java.util.UUID.fromString("0d5ec0de-0000-4000-8000-000000000001");
    static final ApprovalPolicy APPROVAL = POLICY.approval();
    static final PriorityPolicy PRIORITIES = new PriorityPolicy();
    static final Remedy COMPENSATION = new Remedy(RemedyKind.COMPENSATION, 5_000);

    private Instant now = IntakeFixture.NOW;

    // ---------------------------------------------------------------- the clock

    Instant now() {
        return now;
    }

    /** Moves the clock on and returns the new time. */
    Instant advance(Duration by) {
        now = now.plus(by);
        return now;
    }

    // ---------------------------------------------------------------- intakes

    /** A gas leak: level 1, urgent. */
    static Intake level1Complaint() {
        return IntakeFixture.with(IntakeFixture.billingComplaint(), new IntakeFacts(true, false, false),
                Optional.empty(), Optional.empty());
    }

    static Intake consultation() {
        return ofKind(IntakeFixture.billingComplaint(), ComplaintKind.CONSULTATION);
    }

    static Intake ofKind(Intake i, ComplaintKind kind) {
        return new Intake(i.complainant(), i.channel(), i.channelReference(), i.receivedAt(), kind,
                i.utilityDomain(), i.nature(), i.topic(), i.facts(), i.requestedSeverity(),
                i.severityOverrideReason(), i.requestedPriority(), i.description(), i.demand(), i.location(),
                i.orgUnit());
    }

    // ---------------------------------------------------------------- complaints in a given state, as stored

    Complaint registered() {
        return registered(IntakeFixture.billingComplaint());
    }

    Complaint registered(Intake intake) {
        return stored(Complaint.register(new ComplaintId(UUID.randomUUID()),
                () -> TicketNumber.of(LocalDate.of(2026, 11, 23), 1), intake, AGENT, now,
                new SeverityPolicy(), PRIORITIES));
    }

    Complaint accepted() {
        return accepted(IntakeFixture.billingComplaint());
    }

    Complaint accepted(Intake intake) {
        return stored(accept(registered(intake)));
    }

    Complaint declined() {
        return stored(decline(registered()));
    }

    Complaint dispatched() {
        return dispatched(IntakeFixture.billingComplaint());
    }

    Complaint dispatched(Intake intake) {
        return stored(dispatch(accepted(intake)));
    }

    /** Dispatched, with one investigation record and no finding yet. */
    Complaint investigating() {
        return investigating(IntakeFixture.billingComplaint());
    }

    Complaint investigating(Intake intake) {
        return stored(investigate(dispatched(intake)));
    }

    /** Investigating, with the finding that the company is responsible. */
    Complaint withFinding() {
        return withFinding(IntakeFixture.billingComplaint());
    }

    Complaint withFinding(Intake intake) {
        return stored(find(investigating(intake)));
    }

    /** A level-3 complaint whose resolution offers compensation, so it awaits approval. */
    Complaint resolutionProposed() {
        return stored(propose(withFinding(), Optional.of(COMPENSATION)));
    }

    /** A level-1 complaint whose resolution awaits the director. */
    Complaint level1ResolutionProposed() {
        return stored(propose(withFinding(level1Complaint()), Optional.empty()));
    }

    /** A level-3 complaint resolved without approval: no remedy. */
    Complaint resolved() {
        return stored(propose(withFinding(), Optional.empty()));
    }

    Complaint replied() {
        return stored(reply(resolved()));
    }

    Complaint calledBack() {
        return stored(callBack(replied(), Satisfaction.SATISFIED));
    }

    /** Under review after a satisfied callback. */
    Complaint underReview() {
        return stored(requestReview(calledBack()));
    }

    /** Withdrawn while under investigation. */
    Complaint withdrawn() {
        return stored(withdraw(investigating()));
    }

    /** Closed after the callback. */
    Complaint closed() {
        return stored(close(calledBack()));
    }

    Complaint archived() {
        return stored(archive(closed()));
    }

    /** A complaint in the given state, as the builders above make it. */
    Complaint inState(ComplaintState state) {
        return switch (state) {
            case REGISTERED -> registered();
            case DECLINED -> declined();
            case ACCEPTED -> accepted();
            case DISPATCHED -> dispatched();
            // With its finding, so that every step an investigating complaint allows can be taken.
            case INVESTIGATING -> withFinding();
            case RESOLUTION_PROPOSED -> resolutionProposed();
            case RESOLVED -> resolved();
            case REPLIED -> replied();
            case CALLED_BACK -> calledBack();
            case UNDER_REVIEW -> underReview();
            case WITHDRAWN -> withdrawn();
            case CLOSED -> closed();
            case ARCHIVED -> archived();
        };
    }

    /**
     * A complaint in {@code state} as {@code step} needs it: waiting on the complainant for the
     * step that resumes the handling, wherever a complaint can wait; else as {@link #inState}.
     */
    Complaint readyFor(Step step, ComplaintState state) {
        Complaint complaint = inState(state);
        boolean canWait = state.isOpen() && state != ComplaintState.REGISTERED;
        if (step == Step.RESUME_HANDLING && canWait) {
            return stored(waitOnComplainant(complaint, PauseReason.MATERIALS_REQUESTED));
        }
        boolean decidesExtension = step == Step.APPROVE_EXTENSION || step == Step.REJECT_EXTENSION;
        return decidesExtension && state.isOpen() ? stored(requestExtension(complaint)) : complaint;
    }

    static Complaint stored(Complaint complaint) {
        return Complaint.restore(complaint.snapshot());
    }

    // ---------------------------------------------------------------- single steps, with the usual actor

    Complaint accept(Complaint c) {
        return c.accept(text("We will read your meter again within 3 days."), AGENT, tick());
    }

    Complaint decline(Complaint c) {
        return c.decline(DeclineReason.OTHER_BODYS_DUTY, text("Please turn to the city water board."), AGENT, tick());
    }

    Complaint dispatch(Complaint c) {
        return c.dispatch(ASSIGNMENT, SUPERVISOR, tick());
    }

    Complaint investigate(Complaint c) {
        Instant at = tick();
        return c.recordInvestigation(siteInspection(at.minus(Duration.ofMinutes(10))), LEAD_HANDLER, at);
    }

    Complaint find(Complaint c) {
        return c.recordFinding(Responsibility.COMPANY, text("The meter was read wrongly."), LEAD_HANDLER, tick());
    }

    Complaint propose(Complaint c, Optional<Remedy> remedy) {
        return c.proposeResolution(text("Correct the October bill."), remedy, APPROVAL, LEAD_HANDLER, tick());
    }

    Complaint approve(Complaint c) {
        return c.approveResolution(Optional.empty(), DIRECTOR, tick());
    }

    Complaint reply(Complaint c) {
        return c.reply(ContactMethod.PHONE, text("Your October bill has been corrected."), AGENT, tick());
    }

    Complaint callBack(Complaint c, Satisfaction satisfaction) {
        return c.recordCallback(CallbackMethod.PHONE, Optional.of(satisfaction), 1, Optional.empty(), POLICY,
                AGENT, tick());
    }

    Complaint requestReview(Complaint c) {
        return c.requestReview(text("The corrected bill is still too high."), POLICY, AGENT, tick());
    }

    Complaint concludeReview(Complaint c, ReviewOutcome outcome) {
        return c.concludeReview(outcome, text("We read the meter a third time."), DIRECTOR, tick());
    }

    Complaint waitOnComplainant(Complaint c, PauseReason reason) {
        return c.waitOnComplainant(reason, text("Asked for the October and November bills."), AGENT, tick());
    }

    Complaint resume(Complaint c) {
        return c.resumeHandling(text("The bills arrived by post."), AGENT, tick());
    }

    Complaint urge(Complaint c) {
        return c.urge(text("The complainant called again; please answer today."), SUPERVISOR, tick());
    }

    Complaint requestExtension(Complaint c) {
        Instant at = tick();
        return c.requestExtension(ClockKind.REPLY, at.plus(Duration.ofDays(5)), reason("the meter must be tested by the lab"),
                text("The meter is at the lab; we expect its result next week."), at, AGENT, at);
    }

    Complaint withdraw(Complaint c) {
        return c.withdraw(reason("The complainant settled it with the landlord."), AGENT, tick());
    }

    Complaint close(Complaint c) {
        return c.close(Optional.empty(), AGENT, tick());
    }

    Complaint archive(Complaint c) {
        return c.archive(AGENT, tick());
    }

    private Instant tick() {
        return advance(STEP_TIME);
    }

    // ---------------------------------------------------------------- any step, in a form valid for the inState() complaints

    /**
     * Takes {@code step} with arguments that pass every check but the state's and the actor's: a
     * classification and severity that differ from the billing complaint's, another assignment, a
     * contact and investigation in the past, a satisfied callback.
     */
    Complaint take(Step step, Complaint c, Actor actor) {
        Instant at = now;
        return switch (step) {
            // Registration starts a complaint of its own, for the actor's unit; the one given only stands for "ready".
            case REGISTER -> Complaint.register(new ComplaintId(UUID.randomUUID()),
                    () -> TicketNumber.of(LocalDate.of(2026, 11, 23), 2),
                    IntakeFixture.ownedBy(IntakeFixture.billingComplaint(), actor.orgUnit()), actor, at,
                    new SeverityPolicy(), PRIORITIES);
            case ACCEPT -> c.accept(text("next steps"), actor, at);
            case DECLINE -> c.decline(DeclineReason.NO_CONCRETE_CONTENT, text("guidance"), actor, at);
            case RECLASSIFY -> c.reclassify(UtilityDomain.WATER, Nature.SERVICE_QUALITY, new Topic("low pressure"),
                    new Reason("it is about water"), actor, at);
            case CHANGE_SEVERITY -> c.changeSeverity(Severity.LEVEL_2, new Reason("the whole street"), PRIORITIES,
                    actor, at);
            case DISPATCH -> c.dispatch(OTHER_ASSIGNMENT, actor, at);
            case RETURN -> c.returnComplaint(new Reason("not ours"), actor, at);
            case REDISPATCH -> c.redispatch(OTHER_ASSIGNMENT, new Reason("the west grid owns it"), actor, at);
            case RECORD_CONTACT -> c.recordContact(at, ContactMethod.PHONE, text("called"), Optional.empty(), actor, at);
            case RECORD_INVESTIGATION -> c.recordInvestigation(siteInspection(at), actor, at);
            case RECORD_FINDING -> c.recordFinding(Responsibility.CUSTOMER, text("grounds"), actor, at);
            case PROPOSE_RESOLUTION -> c.proposeResolution(text("measures"), Optional.empty(), APPROVAL, actor, at);
            case APPROVE_RESOLUTION -> c.approveResolution(Optional.empty(), actor, at);
            case SEND_BACK_RESOLUTION -> c.sendBackResolution(reason("too little"), actor, at);
            case REPLY -> c.reply(ContactMethod.LETTER, text("reply"), actor, at);
            case RECORD_CALLBACK -> c.recordCallback(CallbackMethod.SMS, Optional.of(Satisfaction.SATISFIED), 1,
                    Optional.empty(), POLICY, actor, at);
            case REQUEST_REVIEW -> c.requestReview(text("new facts"), POLICY, actor, at);
            case CONCLUDE_REVIEW -> c.concludeReview(ReviewOutcome.UPHELD, text("stands"), actor, at);
            case WAIT_ON_COMPLAINANT -> c.waitOnComplainant(PauseReason.SITE_VISIT_REFUSED, text("not today"), actor, at);
            case RESUME_HANDLING -> c.resumeHandling(text("visit agreed"), actor, at);
            case URGE -> c.urge(text("hurry"), actor, at);
            case REQUEST_EXTENSION -> c.requestExtension(ClockKind.REPLY, at.plus(Duration.ofDays(3)), new Reason("lab test"),
                    text("preliminary opinion"), at, actor, at);
            case APPROVE_EXTENSION -> c.approveExtension(Optional.empty(), actor, at);
            case REJECT_EXTENSION -> c.rejectExtension(reason("keep the limit"), actor, at);
            case SUPERVISE -> c.supervise(Role.SUPERVISOR, SupervisionCause.BY_HAND, Optional.empty(), text("watch it"),
                    actor, at);
            case RETIME_CLOCKS -> c.recordRetiming(new DueChanges(Map.of(ClockKind.REPLY,
                    new DueChanges.DueChange(Optional.empty(), Optional.of(at)))), text("calendar changed"), actor, at);
            case WITHDRAW -> c.withdraw(reason("settled"), actor, at);
            case CLOSE -> c.close(Optional.empty(), actor, at);
            case ARCHIVE -> c.archive(actor, at);
            case REPORT_NOTICE_DELIVERED -> c.recordNoticeDelivered(NOTICE, actor, at);
            case REPORT_NOTICE_FAILED -> c.recordNoticeFailed(NOTICE, Reason.brief("number out of service"), actor, at);
            case NOTE_NOTICE_UNCONFIRMED -> c.recordNoticeUnconfirmed(NOTICE, at.minusSeconds(60), actor, at);
        };
    }

    // ---------------------------------------------------------------- values

    static Statement text(String value) {
        return new Statement(value);
    }

    static Reason reason(String value) {
        return new Reason(value);
    }

    static InvestigationRecord siteInspection(Instant at) {
        return new InvestigationRecord(InvestigationMethod.SITE_INSPECTION, at, Optional.of("meter room, building 3"),
                List.of("handler-lead", "the complainant"), text("The meter shows 1234 kWh, the bill 2468 kWh."),
                List.of("photo-0042"));
    }

    /** The director, whom every step admits but the monitor's, or the monitor for those. */
    static Actor directorOrMonitor(Step step) {
        return StepPolicy.roles(step).contains(Role.DIRECTOR) ? DIRECTOR : SYSTEM;
    }

    static Actor actor(String userId, Role role, OrgUnitId unit) {
        return new Actor(new UserId(userId), role, unit);
    }
}
