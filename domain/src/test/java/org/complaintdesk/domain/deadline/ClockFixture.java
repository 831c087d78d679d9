package org.complaintdesk.domain.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.domain.calendar.BusinessCalendar;
import org.complaintdesk.domain.calendar.OfficialArrangements;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Address;
import org.complaintdesk.domain.complaint.ApprovalPolicy;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complainant;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.complaint.Demand;
import org.complaintdesk.domain.complaint.Description;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.complaint.Intake;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.PersonName;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.complaint.PriorityPolicy;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.SeverityPolicy;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.complaintdesk.domain.handling.InvestigationRecord;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Responsibility;
import org.complaintdesk.domain.handling.ReviewOutcome;
import org.complaintdesk.domain.handling.Satisfaction;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/**
 * A complaint taken through the aggregate's own steps at the times a test names (local times in
 * Shanghai), and its clocks computed from the timeline those steps wrote. Intake choices
 * ({@link #level1()}, {@link #heating()}, ...) come before {@link #register}.
 */
final class ClockFixture {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final BusinessCalendar CALENDAR = BusinessCalendar.of(SHANGHAI, OfficialArrangements.shipped());
    static final OrgUnitId OWNING_UNIT = new OrgUnitId("gridco/east");
    static final OrgUnitId DEPARTMENT = new OrgUnitId("gridco/east/heating-ops");
    static final OrgUnitId OTHER_DEPARTMENT = new OrgUnitId("gridco/east/grid");

    static final Actor AGENT = actor("agent-7", Role.AGENT, new OrgUnitId("gridco/east"));
    static final Actor SUPERVISOR = actor("supervisor-3", Role.SUPERVISOR, new OrgUnitId("gridco/east/office"));
    static final Actor DIRECTOR = actor("director-1", Role.DIRECTOR, new OrgUnitId("gridco/east/office"));
    static final Actor HANDLER = actor("handler-lead", Role.HANDLER, DEPARTMENT);

    private static final HandlingPolicy HANDLING = HandlingPolicy.defaults();
    private static final ApprovalPolicy APPROVAL = HANDLING.approval();
    private static final PriorityPolicy PRIORITIES = new PriorityPolicy();

    private Channel channel = Channel.HOTLINE;
    private Instant receivedAt;
    private ComplaintKind kind = ComplaintKind.COMPLAINT;
    private UtilityDomain domain = UtilityDomain.ELECTRICITY;
    private IntakeFacts facts = IntakeFacts.INDIVIDUAL_PROBLEM;
    private Complaint complaint;

    private DeadlinePolicy policy = DeadlinePolicy.seedDefaults();
    private BusinessCalendar calendar = CALENDAR;
    private final List<Pause> pauses = new ArrayList<>();
    private final List<Extension> extensions = new ArrayList<>();

    /** A complaint that reached the company by {@code channel} at the given local time. */
    static ClockFixture received(Channel channel, String at) {
        var fixture = new ClockFixture();
        fixture.channel = channel;
        fixture.receivedAt = at(at);
        return fixture;
    }

    static Instant at(String shanghaiLocal) {
        return LocalDateTime.parse(shanghaiLocal).atZone(SHANGHAI).toInstant();
    }

    // ---------------------------------------------------------------- intake choices

    /** A gas leak or a large outage: proposed level 1. */
    ClockFixture level1() {
        facts = new IntakeFacts(true, false, false);
        return this;
    }

    ClockFixture heating() {
        domain = UtilityDomain.HEATING;
        return this;
    }

    ClockFixture ofKind(ComplaintKind newKind) {
        kind = newKind;
        return this;
    }

    // ---------------------------------------------------------------- what the clocks are computed with

    ClockFixture under(DeadlinePolicy newPolicy) {
        policy = newPolicy;
        return this;
    }

    ClockFixture on(BusinessCalendar newCalendar) {
        calendar = newCalendar;
        return this;
    }

    ClockFixture pause(String from, String to, PauseReason reason) {
        pauses.add(Pause.between(at(from), at(to), reason));
        return this;
    }

    ClockFixture pauseSince(String from, PauseReason reason) {
        pauses.add(Pause.open(at(from), reason));
        return this;
    }

    ClockFixture extend(ClockKind clock, String newDue, String approvedAt) {
        extensions.add(new Extension(clock, at(newDue), at(approvedAt), DIRECTOR.userId(),
                new Reason("the complainant was told and given a preliminary opinion")));
        return this;
    }

    // ---------------------------------------------------------------- steps

    ClockFixture register(String at) {
        var intake = new Intake(
                new Complainant(new PersonName("王小明"), PhoneNumber.of("13800138000"),
                        Optional.of(new AccountNumber("3200123456")), new Address("南京市鼓楼区中山路1号"),
                        ContactPreference.PHONE),
                channel, Optional.empty(), receivedAt, kind, domain, Nature.SERVICE_QUALITY, new Topic("no heat"),
                facts, Optional.empty(), Optional.empty(), Optional.empty(),
                new Description("The radiators have been cold since Monday."), new Demand("Restore the heating."),
                Optional.empty(), OWNING_UNIT);
        complaint = Complaint.register(new ComplaintId(UUID.randomUUID()),
                () -> TicketNumber.of(LocalDate.of(2026, 1, 5), 1), intake, AGENT, at(at), new SeverityPolicy(),
                PRIORITIES);
        return this;
    }

    ClockFixture accept(String at) {
        complaint = complaint.accept(text("We will call you within the day."), AGENT, at(at));
        return this;
    }

    ClockFixture decline(String at) {
        complaint = complaint.decline(DeclineReason.OTHER_BODYS_DUTY,
                text("Please turn to the water board."), AGENT, at(at));
        return this;
    }

    ClockFixture dispatch(String at) {
        complaint = complaint.dispatch(new Assignment(DEPARTMENT, List.of(), HANDLER.userId()), SUPERVISOR, at(at));
        return this;
    }

    /** Moves the complaint to the grid department. */
    ClockFixture redispatch(String at) {
        complaint = complaint.redispatch(new Assignment(OTHER_DEPARTMENT, List.of(), new UserId("handler-grid")),
                new Reason("the grid owns the valve"), SUPERVISOR, at(at));
        return this;
    }

    ClockFixture returnComplaint(String at) {
        complaint = complaint.returnComplaint(new Reason("not ours"), HANDLER, at(at));
        return this;
    }

    ClockFixture contact(String at, ContactMethod method) {
        return contactRecorded(at, at, method);
    }

    ClockFixture contact(String at) {
        return contact(at, ContactMethod.PHONE);
    }

    /** A contact at {@code contactAt}, entered at {@code recordedAt}. */
    ClockFixture contactRecorded(String contactAt, String recordedAt, ContactMethod method) {
        complaint = complaint.recordContact(at(contactAt), method, text("Talked to the complainant."), Optional.empty(),
                handlerOrAgent(), at(recordedAt));
        return this;
    }

    ClockFixture investigate(String at, InvestigationMethod method) {
        complaint = complaint.recordInvestigation(new InvestigationRecord(method, at(at), Optional.of("boiler room"),
                List.of("handler-lead"), text("The valve was shut."), List.of()), HANDLER, at(at));
        return this;
    }

    ClockFixture find(String at) {
        complaint = complaint.recordFinding(Responsibility.COMPANY, text("A valve was left shut."), HANDLER, at(at));
        return this;
    }

    /** Proposes a resolution without remedy and, where it needs approval, has the director approve it. */
    ClockFixture resolve(String at) {
        complaint = complaint.proposeResolution(text("Open the valve."), Optional.empty(), APPROVAL, HANDLER, at(at));
        if (complaint.state() == ComplaintState.RESOLUTION_PROPOSED) {
            complaint = complaint.approveResolution(Optional.empty(), DIRECTOR, at(at));
        }
        return this;
    }

    ClockFixture reply(String at, ContactMethod method) {
        complaint = complaint.reply(method, text("The valve is open again."), handlerOrAgent(), at(at));
        return this;
    }

    ClockFixture reply(String at) {
        return reply(at, ContactMethod.PHONE);
    }

    ClockFixture callBack(String at, Satisfaction satisfaction) {
        complaint = complaint.recordCallback(CallbackMethod.PHONE, Optional.of(satisfaction), 1, Optional.empty(),
                HANDLING, AGENT, at(at));
        return this;
    }

    ClockFixture requestReview(String at) {
        complaint = complaint.requestReview(text("It is cold again."), HANDLING, AGENT, at(at));
        return this;
    }

    ClockFixture concludeReview(String at, ReviewOutcome outcome) {
        complaint = complaint.concludeReview(outcome, text("We looked again."), DIRECTOR, at(at));
        return this;
    }

    ClockFixture changeSeverity(String at, Severity severity) {
        complaint = complaint.changeSeverity(severity, new Reason("reassessed"), PRIORITIES, SUPERVISOR, at(at));
        return this;
    }

    ClockFixture reclassify(String at, UtilityDomain newDomain) {
        complaint = complaint.reclassify(newDomain, complaint.classification().nature(), complaint.classification().topic(), new Reason("it is about heat"),
                SUPERVISOR, at(at));
        return this;
    }

    ClockFixture waitOnComplainant(String at, PauseReason reason) {
        complaint = complaint.waitOnComplainant(reason, text("Asked the complainant for the meter photos."),
                handlerOrAgent(), at(at));
        return this;
    }

    ClockFixture resume(String at) {
        complaint = complaint.resumeHandling(text("The photos arrived."), handlerOrAgent(), at(at));
        return this;
    }

    /** An extension asked for by the handler's side and granted by the supervisor, as steps of the timeline. */
    ClockFixture extensionGranted(ClockKind clock, String newDue, String requestedAt, String approvedAt) {
        complaint = complaint.requestExtension(clock, at(newDue), new Reason("the meter is at the lab"),
                text("A fault was found; the lab result follows."), at(requestedAt), AGENT, at(requestedAt));
        complaint = complaint.approveExtension(Optional.empty(), SUPERVISOR, at(approvedAt));
        return this;
    }

    ClockFixture withdraw(String at) {
        complaint = complaint.withdraw(new Reason("Settled."), AGENT, at(at));
        return this;
    }

    ClockFixture close(String at) {
        complaint = complaint.close(Optional.empty(), AGENT, at(at));
        return this;
    }

    // ---------------------------------------------------------------- the clocks

    List<ComplaintEvent> timeline() {
        return complaint.newEvents();
    }

    ClockFacts facts() {
        return ClockFacts.asRegistered(complaint.snapshot(), timeline());
    }

    /** Every round of every clock at the given local time, paused by the waits given and those of the timeline. */
    List<ComplaintClock> clocks(String now) {
        List<Pause> all = new ArrayList<>(pauses);
        all.addAll(Pause.fromTimeline(timeline()));
        List<Extension> granted = new ArrayList<>(extensions);
        granted.addAll(Extension.fromTimeline(timeline()));
        return ClockBook.compute(facts(), timeline(), all, granted, calendar, policy, at(now));
    }

    /** The latest round of one clock at the given local time. */
    ComplaintClock clock(ClockKind kind, String now) {
        return rounds(kind, now).getLast();
    }

    /** Every round of one clock at the given local time. */
    List<ComplaintClock> rounds(ClockKind kind, String now) {
        List<ComplaintClock> rounds = clocks(now).stream().filter(c -> c.kind() == kind).toList();
        if (rounds.isEmpty()) {
            throw new AssertionError("no " + kind + " clock at " + now + " among " + clocks(now));
        }
        return rounds;
    }

    boolean has(ClockKind kind, String now) {
        return clocks(now).stream().anyMatch(c -> c.kind() == kind);
    }

    /** The department's handler once the complaint is dispatched to it, the intake agent before. */
    private Actor handlerOrAgent() {
        boolean withDepartment = complaint.handling().investigation().dispatch().map(d -> d.assignment().involves(DEPARTMENT)).orElse(false);
        return withDepartment ? HANDLER : AGENT;
    }

    private static Statement text(String value) {
        return new Statement(value);
    }

    private static Actor actor(String userId, Role role, OrgUnitId unit) {
        return new Actor(new UserId(userId), role, unit);
    }
}
