package org.complaintdesk.application.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.application.calendar.CurrentCalendar;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.application.handling.AcceptComplaint;
import org.complaintdesk.application.handling.ApproveExtension;
import org.complaintdesk.application.handling.ChangeSeverity;
import org.complaintdesk.application.handling.ComplaintSteps;
import org.complaintdesk.application.handling.DeclineComplaint;
import org.complaintdesk.application.handling.DispatchComplaint;
import org.complaintdesk.application.handling.ProposeResolution;
import org.complaintdesk.application.handling.RecordCallback;
import org.complaintdesk.application.handling.RecordFinding;
import org.complaintdesk.application.handling.RecordInvestigation;
import org.complaintdesk.application.handling.ReplyToComplaint;
import org.complaintdesk.application.handling.RequestExtension;
import org.complaintdesk.application.handling.ResumeHandling;
import org.complaintdesk.application.handling.StepRequest;
import org.complaintdesk.application.handling.UrgeComplaint;
import org.complaintdesk.application.handling.WaitOnComplainant;
import org.complaintdesk.application.notice.StepNotices;
import org.complaintdesk.application.port.out.ComplaintTimeline;
import org.complaintdesk.application.privacy.PersonalDataDisclosures;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.application.testing.InMemoryCalendarStore;
import org.complaintdesk.application.testing.InMemoryComplaintStore;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.domain.complaint.Address;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complainant;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintKind;
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
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
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
import org.complaintdesk.domain.handling.Satisfaction;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/**
 * The use cases on the in-memory register and the shipped calendar, with a clock the test moves
 * (local times in Shanghai), to put complaints through their steps and read their clocks.
 */
public final class DeadlineDesk {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final OrgUnitId OWNING_UNIT = new OrgUnitId("gridco/east");
    public static final OrgUnitId DEPARTMENT = new OrgUnitId("gridco/east/metering");

    public static final Actor AGENT = new Actor(new UserId("agent-7"), Role.AGENT, new OrgUnitId("gridco/east"));
    public static final Actor SUPERVISOR = new Actor(new UserId("supervisor-3"), Role.SUPERVISOR, new OrgUnitId("gridco/east"));
    public static final Actor HANDLER = new Actor(new UserId("handler-li"), Role.HANDLER, DEPARTMENT);

    public final InMemoryComplaintStore store = new InMemoryComplaintStore();
    public final MovableClock clock;
    public final CurrentCalendar calendar;
    private final ComplaintSteps steps;
    /** The desk tells no complainant unless a test gives it notices to issue. */
    private StepNotices notices = (before, after, now) -> List.of();
    private final RegisterComplaint register;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger tickets = new AtomicInteger();

    /** A desk whose clock shows {@code localTime} in Shanghai. */
    public DeadlineDesk(String localTime) {
        clock = new MovableClock(at(localTime), SHANGHAI);
        calendar = new CurrentCalendar(InMemoryCalendarStore.shipped(Instant.parse("2026-01-01T00:00:00Z")), SHANGHAI,
                clock, Duration.ofSeconds(60));
        steps = new ComplaintSteps(store, clock, (before, after, now) -> notices.issuedFor(before, after, now));
        register = new RegisterComplaint(store, day -> TicketNumber.of(day, tickets.incrementAndGet()),
                () -> new ComplaintId(UUID.randomUUID()), clock, new SeverityPolicy(), new PriorityPolicy(), FirstLook.NONE,
                new PersonalDataDisclosures(store.accessLog(), clock, UUID::randomUUID));
    }

    /** From now on the steps issue the notices {@code issuing} calls for. */
    void issuing(StepNotices issuing) {
        this.notices = issuing;
    }

    Complaint decline(Complaint c, DeclineReason reason, String guidance) {
        return new DeclineComplaint(steps).execute(new DeclineComplaint.Command(on(c, AGENT, DeclineComplaint.OPERATION),
                reason, new Statement(guidance))).complaint();
    }

    public static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(SHANGHAI).toInstant();
    }

    public ComplaintClocks clocks(DeadlinePolicies policies) {
        return clocks(store, policies);
    }

    public ComplaintClocks clocks(ComplaintTimeline timeline, DeadlinePolicies policies) {
        return new ComplaintClocks(timeline, calendar, policies, clock);
    }

    public void advance(Duration by) {
        clock.advance(by);
    }

    /** A level-3 electricity billing complaint of {@link #OWNING_UNIT}, received {@code ago} before now. */
    public Complaint register(Channel channel, Duration ago) {
        var intake = new Intake(new Complainant(new PersonName("王小明"), PhoneNumber.of("13800138000"), Optional.empty(),
                new Address("南京市鼓楼区中山路1号"), ContactPreference.PHONE), channel, Optional.empty(),
                clock.instant().minus(ago), ComplaintKind.COMPLAINT, UtilityDomain.ELECTRICITY, Nature.BILLING,
                new Topic("estimated meter reading"), IntakeFacts.INDIVIDUAL_PROBLEM, Optional.empty(),
                Optional.empty(), Optional.empty(), new Description("十月电费是平时的两倍。"), new Demand("重新抄表。"),
                Optional.empty(), OWNING_UNIT);
        return register.execute(new RegisterComplaint.Command(intake, AGENT, key(RegisterComplaint.OPERATION)))
                .complaint();
    }

    public Complaint accept(Complaint c) {
        return new AcceptComplaint(steps).execute(new AcceptComplaint.Command(on(c, AGENT, AcceptComplaint.OPERATION),
                new Statement("A technician calls you today."))).complaint();
    }

    public Complaint dispatch(Complaint c) {
        return new DispatchComplaint(steps).execute(new DispatchComplaint.Command(
                on(c, SUPERVISOR, DispatchComplaint.OPERATION),
                new Assignment(DEPARTMENT, List.of(), HANDLER.userId()))).complaint();
    }

    /** Investigated, found and resolved without approval, ready for the reply. */
    public Complaint resolve(Complaint c) {
        Complaint investigated = new RecordInvestigation(steps).execute(new RecordInvestigation.Command(
                on(c, HANDLER, RecordInvestigation.OPERATION), new InvestigationRecord(
                        InvestigationMethod.SITE_INSPECTION, clock.instant(), Optional.of("meter room"), List.of("Li"),
                        new Statement("The reading was estimated."), List.of()))).complaint();
        Complaint found = new RecordFinding(steps).execute(new RecordFinding.Command(
                on(investigated, HANDLER, RecordFinding.OPERATION), Responsibility.COMPANY,
                new Statement("Estimated against the rules."))).complaint();
        return new ProposeResolution(steps, HandlingPolicy.defaults()).execute(new ProposeResolution.Command(
                on(found, HANDLER, ProposeResolution.OPERATION), new Statement("Re-read the meter."), Optional.empty()))
                .complaint();
    }

    public Complaint reply(Complaint c) {
        return new ReplyToComplaint(steps).execute(new ReplyToComplaint.Command(
                on(c, HANDLER, ReplyToComplaint.OPERATION), ContactMethod.LETTER,
                new Statement("Dear Mr Wang, your bill is corrected."))).complaint();
    }

    public Complaint waitOnComplainant(Complaint c, PauseReason reason) {
        return new WaitOnComplainant(steps).execute(new WaitOnComplainant.Command(
                on(c, AGENT, WaitOnComplainant.OPERATION), reason, new Statement("Asked for the October bill."))).complaint();
    }

    public Complaint resume(Complaint c) {
        return new ResumeHandling(steps).execute(new ResumeHandling.Command(on(c, AGENT, ResumeHandling.OPERATION),
                new Statement("The bill arrived."))).complaint();
    }

    public Complaint urge(Complaint c) {
        return new UrgeComplaint(steps).execute(new UrgeComplaint.Command(on(c, SUPERVISOR, UrgeComplaint.OPERATION),
                new Statement("The complainant called again."))).complaint();
    }

    public Complaint changeSeverity(Complaint c, Severity severity, ComplaintClocks clocks) {
        return new ChangeSeverity(steps, new PriorityPolicy(), clocks).execute(new ChangeSeverity.Command(
                on(c, SUPERVISOR, ChangeSeverity.OPERATION), severity, new Reason("the whole street is out")))
                .complaint();
    }

    public Complaint requestExtension(Complaint c, ClockKind clock, Instant newDue, ComplaintClocks clocks) {
        return requestExtension(c, clock, newDue, this.clock.instant(), clocks);
    }

    public Complaint requestExtension(Complaint c, ClockKind clock, Instant newDue, Instant complainantToldAt,
                               ComplaintClocks clocks) {
        return new RequestExtension(steps, new ClockExtensions(clocks)).execute(new RequestExtension.Command(
                on(c, HANDLER, RequestExtension.OPERATION), clock, newDue, new Reason("the meter is at the lab"),
                new Statement("A fault was found; the lab result follows."), complainantToldAt)).complaint();
    }

    public Complaint approveExtension(Complaint c, ComplaintClocks clocks) {
        return new ApproveExtension(steps, new ClockExtensions(clocks)).execute(new ApproveExtension.Command(
                on(c, SUPERVISOR, ApproveExtension.OPERATION), Optional.empty())).complaint();
    }

    public Complaint decline(Complaint c, DeclineReason reason) {
        return new DeclineComplaint(steps).execute(new DeclineComplaint.Command(on(c, AGENT, DeclineComplaint.OPERATION),
                reason, new Statement("请向市场监督管理局反映。"))).complaint();
    }

    public Complaint callBack(Complaint c) {
        return new RecordCallback(steps, HandlingPolicy.defaults()).execute(new RecordCallback.Command(
                on(c, AGENT, RecordCallback.OPERATION), CallbackMethod.PHONE, Optional.of(Satisfaction.SATISFIED), 1,
                Optional.empty())).complaint();
    }

    /** The complaint's whole stored timeline. */
    public List<ComplaintEvent> timeline(Complaint c) {
        return store.events(c.id(), 0, 1_000);
    }

    public static ComplaintClock clock(List<ComplaintClock> clocks, ClockKind kind) {
        return clocks.stream().filter(c -> c.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " clock in " + clocks));
    }

    private StepRequest on(Complaint c, Actor actor, String operation) {
        return new StepRequest(c.id(), c.version(), actor, key(operation));
    }

    private IdempotencyKey key(String operation) {
        return new IdempotencyKey(new RequestId("r-" + requests.incrementAndGet()), operation, "fp-" + operation);
    }
}
