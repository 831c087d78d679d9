package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.AGENT;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.BILLING_HANDLER;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.DIRECTOR;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.METERING_HANDLER;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.POLICY;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.SUPERVISOR;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.aNewStepRequest;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.says;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.toBilling;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.toMeteringWithCoHandlers;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.Handling;
import org.complaintdesk.domain.handling.ApprovalStatus;
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
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every part of a complaint's handling is stored and read back as the aggregate left it. Each
 * step is taken on the complaint as read back after the step before, as the service does.
 */
class HandlingRoundTripTest {
    private final PostgresComplaintStore store = new PostgresComplaintStore(TestDatabase.dsl(), TestDatabase.personalData());
    private final PostgresComplaintTimeline timeline = new PostgresComplaintTimeline(TestDatabase.dsl());
    private final List<ComplaintEvent> written = new ArrayList<>();
    private Instant now;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    @Test
    void a_complaint_handled_from_registration_to_archive_reads_back_as_left_after_every_step() {
        Complaint c = registeredAndStored();
        c = step(c, (x, at) -> x.accept(says("三个工作日内派人重新抄表。"), AGENT, at));
        c = step(c, (x, at) -> x.dispatch(toBilling(), SUPERVISOR, at));
        c = step(c, (x, at) -> x.returnComplaint(new Reason("抄表属计量班职责。"), BILLING_HANDLER, at));
        c = step(c, (x, at) -> x.dispatch(toMeteringWithCoHandlers(), SUPERVISOR, at));
        c = step(c, (x, at) -> x.urge(says("用户再次来电催问。"), SUPERVISOR, at));
        c = step(c, (x, at) -> x.requestExtension(ClockKind.REPLY, at.plus(Duration.ofDays(7)), new Reason("电表送检，需等检定结果。"),
                says("已告知用户初步意见：疑似电表故障。"), at.minus(Duration.ofMinutes(30)), AGENT, at));
        Handling pending = c.handling();
        assertThat(pending.oversight().pendingExtension()).hasValueSatisfying(e -> {
            assertThat(e.clock()).isEqualTo(ClockKind.REPLY);
            assertThat(e.requestedBy()).isEqualTo(AGENT.userId());
        });
        c = step(c, (x, at) -> x.approveExtension(Optional.of(says("同意延期。")), SUPERVISOR, at));
        c = step(c, (x, at) -> x.supervise(Role.SUPERVISOR, SupervisionCause.CLOCK_BREACHED, Optional.of(ClockKind.FIRST_CONTACT),
                says("首次联系超时。"), new Actor(new UserId("clock-monitor"), Role.SYSTEM, x.registration().orgUnit()), at));
        assertThat(c.handling().oversight().pendingExtension()).isEmpty();
        assertThat(c.handling().oversight().supervision()).hasValueSatisfying(s -> {
            assertThat(s.level()).isEqualTo(Role.SUPERVISOR);
            assertThat(s.clock()).contains(ClockKind.FIRST_CONTACT);
        });
        c = step(c, (x, at) -> x.recordContact(at.minus(Duration.ofMinutes(5)), ContactMethod.PHONE,
                says("已联系用户，约定周三上门。"), Optional.of(says("周三上午十点前到达。")), METERING_HANDLER, at));
        c = step(c, (x, at) -> x.recordInvestigation(new InvestigationRecord(InvestigationMethod.SITE_INSPECTION,
                at.minus(Duration.ofHours(1)), Optional.of("3栋电表间"), List.of("handler-31", "用户本人"),
                says("电表读数与账单不符，系抄表录入错误。"), List.of("photo-991", "meter-log-2026-11")), METERING_HANDLER, at));
        c = step(c, (x, at) -> x.recordFinding(Responsibility.COMPANY, says("抄表员录入错误。"), METERING_HANDLER, at));
        c = step(c, (x, at) -> x.proposeResolution(says("更正账单并减免当月电费。"),
                Optional.of(new Remedy(RemedyKind.FEE_REDUCTION, 12_345)), POLICY.approval(), METERING_HANDLER, at));
        c = step(c, (x, at) -> x.sendBackResolution(new Reason("减免金额需附计算依据。"), SUPERVISOR, at));
        c = step(c, (x, at) -> x.proposeResolution(says("更正账单，按多收金额补偿。"),
                Optional.of(new Remedy(RemedyKind.COMPENSATION, 5_000)), POLICY.approval(), METERING_HANDLER, at));
        c = step(c, (x, at) -> x.approveResolution(Optional.of(says("同意。")), SUPERVISOR, at));
        c = step(c, (x, at) -> x.reply(ContactMethod.PHONE, says("账单已更正，补偿50元。"), METERING_HANDLER, at));
        c = step(c, (x, at) -> x.recordCallback(CallbackMethod.PHONE, Optional.of(Satisfaction.UNSATISFIED), 1,
                Optional.of(says("认为补偿太少。")), POLICY, AGENT, at));
        c = step(c, (x, at) -> x.proposeResolution(says("补偿提高到80元。"),
                Optional.of(new Remedy(RemedyKind.COMPENSATION, 8_000)), POLICY.approval(), METERING_HANDLER, at));
        c = step(c, (x, at) -> x.approveResolution(Optional.empty(), DIRECTOR, at));
        c = step(c, (x, at) -> x.reply(ContactMethod.SMS, says("补偿已提高到80元。"), METERING_HANDLER, at));
        c = step(c, (x, at) -> x.recordCallback(CallbackMethod.PHONE, Optional.empty(), POLICY.callbackAttempts(),
                Optional.empty(), POLICY, AGENT, at));
        c = step(c, (x, at) -> x.requestReview(says("用户提供了新的缴费凭证。"), POLICY, AGENT, at));
        c = step(c, (x, at) -> x.concludeReview(ReviewOutcome.UPHELD, says("凭证已核对，维持原处理结果。"), SUPERVISOR, at));
        c = step(c, (x, at) -> x.close(Optional.of(says("处理完毕。")), AGENT, at));
        c = step(c, (x, at) -> x.archive(AGENT, at));

        // The journey reached every part of the handling a complaint that is not declined or withdrawn has.
        Handling h = c.handling();
        assertThat(c.state()).isEqualTo(ComplaintState.ARCHIVED);
        assertThat(h.acceptance()).isPresent();
        assertThat(h.investigation().dispatch()).hasValueSatisfying(d ->
                assertThat(d.assignment()).isEqualTo(toMeteringWithCoHandlers()));
        assertThat(h.investigation().latestContact()).hasValueSatisfying(contact -> assertThat(contact.promise()).isPresent());
        assertThat(h.investigation().records()).isEqualTo(1);
        assertThat(h.investigation().finding()).isPresent();
        assertThat(h.outcome().resolution()).hasValueSatisfying(r -> {
            assertThat(r.remedy()).contains(new Remedy(RemedyKind.COMPENSATION, 8_000));
            assertThat(r.approval()).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(r.decidedBy()).contains(DIRECTOR.userId());
        });
        assertThat(h.outcome().reply()).isPresent();
        assertThat(h.outcome().latestCallback()).hasValueSatisfying(callback -> assertThat(callback.reached()).isFalse());
        assertThat(h.outcome().review()).hasValueSatisfying(review -> assertThat(review.outcome()).contains(ReviewOutcome.UPHELD));
        assertThat(h.outcome().reopenings()).isEqualTo(1);
        assertThat(h.oversight().urges()).isEqualTo(1);
        assertThat(h.oversight().latestUrge()).isPresent();
        assertThat(h.ending().closedAt()).isPresent();
        assertThat(h.ending().archivedAt()).isPresent();
        assertThat(timeline.events(c.id(), 0, 100)).containsExactlyElementsOf(written);
    }

    @Test
    void a_declined_complaint_keeps_its_decline_once_closed() {
        Complaint c = registeredAndStored();
        c = step(c, (x, at) -> x.decline(DeclineReason.OTHER_BODYS_DUTY, says("供水问题请联系市水务集团。"), AGENT, at));
        c = step(c, (x, at) -> x.close(Optional.empty(), AGENT, at));

        assertThat(c.handling().decline()).hasValueSatisfying(d ->
                assertThat(d.reason()).isEqualTo(DeclineReason.OTHER_BODYS_DUTY));
        assertThat(timeline.events(c.id(), 0, 100)).containsExactlyElementsOf(written);
    }

    @Test
    void a_withdrawn_complaint_keeps_its_withdrawal_once_closed() {
        Complaint c = registeredAndStored();
        c = step(c, (x, at) -> x.accept(says("三个工作日内派人重新抄表。"), AGENT, at));
        c = step(c, (x, at) -> x.withdraw(new Reason("用户已自行解决。"), AGENT, at));
        c = step(c, (x, at) -> x.close(Optional.empty(), AGENT, at));

        assertThat(c.handling().ending().withdrawal()).isPresent();
        assertThat(timeline.events(c.id(), 0, 100)).containsExactlyElementsOf(written);
    }

    @Test
    void a_wait_on_the_complainant_and_the_urges_read_back_as_left_and_the_withdrawal_ends_the_wait() {
        Complaint c = registeredAndStored();
        c = step(c, (x, at) -> x.accept(says("三个工作日内派人重新抄表。"), AGENT, at));
        c = step(c, (x, at) -> x.dispatch(toBilling(), SUPERVISOR, at));
        c = step(c, (x, at) -> x.waitOnComplainant(PauseReason.MATERIALS_REQUESTED, says("请用户提供近三个月缴费凭证。"),
                BILLING_HANDLER, at));
        c = step(c, (x, at) -> x.urge(says("用户投诉到12345，请加快。"), SUPERVISOR, at));
        assertThat(c.handling().oversight().complainantWait()).hasValueSatisfying(wait -> {
            assertThat(wait.reason()).isEqualTo(PauseReason.MATERIALS_REQUESTED);
            assertThat(wait.recordedBy()).isEqualTo(BILLING_HANDLER.userId());
        });
        c = step(c, (x, at) -> x.resumeHandling(says("凭证已收到。"), BILLING_HANDLER, at));
        assertThat(c.handling().oversight().complainantWait()).isEmpty();
        c = step(c, (x, at) -> x.waitOnComplainant(PauseReason.COMPLAINANT_UNREACHABLE, says("电话三次无人接听。"),
                BILLING_HANDLER, at));
        c = step(c, (x, at) -> x.urge(says("请今日内答复。"), DIRECTOR, at));
        c = step(c, (x, at) -> x.withdraw(new Reason("用户撤诉。"), AGENT, at));

        assertThat(c.handling().oversight().complainantWait()).isEmpty();
        assertThat(c.handling().oversight().urges()).isEqualTo(2);
        assertThat(c.handling().oversight().latestUrge()).hasValueSatisfying(urge ->
                assertThat(urge.urgedBy()).isEqualTo(DIRECTOR.userId()));
        assertThat(timeline.events(c.id(), 0, 100)).containsExactlyElementsOf(written);
    }

    @Test
    void a_changed_review_reopens_the_investigation_with_the_conclusion_kept() {
        Complaint c = registeredAndStored();
        c = step(c, (x, at) -> x.accept(says("三个工作日内派人重新抄表。"), AGENT, at));
        c = step(c, (x, at) -> x.dispatch(toBilling(), SUPERVISOR, at));
        c = step(c, (x, at) -> x.recordInvestigation(new InvestigationRecord(InvestigationMethod.DOCUMENT_REVIEW,
                at, Optional.empty(), List.of(), says("账单计算无误。"), List.of()), BILLING_HANDLER, at));
        c = step(c, (x, at) -> x.recordFinding(Responsibility.UNFOUNDED, says("账单无误。"), BILLING_HANDLER, at));
        c = step(c, (x, at) -> x.proposeResolution(says("向用户解释计费规则。"), Optional.empty(), POLICY.approval(),
                BILLING_HANDLER, at));
        c = step(c, (x, at) -> x.reply(ContactMethod.LETTER, says("经核查账单无误。"), BILLING_HANDLER, at));
        c = step(c, (x, at) -> x.requestReview(says("用户称有新的抄表照片。"), POLICY, AGENT, at));
        c = step(c, (x, at) -> x.concludeReview(ReviewOutcome.CHANGED, says("照片显示读数有误，重新调查。"), SUPERVISOR, at));

        assertThat(c.state()).isEqualTo(ComplaintState.INVESTIGATING);
        assertThat(c.handling().outcome().resolution()).hasValueSatisfying(r -> {
            assertThat(r.approval()).isEqualTo(ApprovalStatus.NOT_REQUIRED);
            assertThat(r.remedy()).isEmpty();
        });
        assertThat(c.handling().outcome().latestCallback()).isEmpty();
        assertThat(c.handling().outcome().reopenings()).isEqualTo(1);
    }

    private Complaint registeredAndStored() {
        Complaint complaint = registered(anIntake());
        store.insert(complaint, aNewRequest());
        written.addAll(complaint.newEvents());
        now = complaint.updatedAt();
        return assertReadsBackAsLeft(complaint);
    }

    /** Takes the step half an hour after the last one, stores it and reads the complaint back. */
    private Complaint step(Complaint complaint, BiFunction<Complaint, Instant, Complaint> step) {
        now = now.plus(Duration.ofMinutes(30));
        Complaint changed = step.apply(complaint, now);
        store.update(changed, aNewStepRequest());
        written.addAll(changed.newEvents());
        return assertReadsBackAsLeft(changed);
    }

    private Complaint assertReadsBackAsLeft(Complaint complaint) {
        Complaint readBack = store.findById(complaint.id()).orElseThrow();
        assertThat(readBack.snapshot())
                .as("%s after %s", complaint, complaint.newEvents().getLast().type())
                .isEqualTo(complaint.snapshot());
        assertThat(readBack.newEvents()).isEmpty();
        return readBack;
    }
}
