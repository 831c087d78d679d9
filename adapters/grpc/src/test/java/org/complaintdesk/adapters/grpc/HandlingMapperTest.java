package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.type.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.api.v1.ApprovalStatus;
import org.complaintdesk.api.v1.CallbackMethod;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.ContactMethod;
import org.complaintdesk.api.v1.DeclineReason;
import org.complaintdesk.api.v1.Handling;
import org.complaintdesk.api.v1.Remedy;
import org.complaintdesk.api.v1.RemedyKind;
import org.complaintdesk.api.v1.Responsibility;
import org.complaintdesk.api.v1.ReviewOutcome;
import org.complaintdesk.domain.handling.Acceptance;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.Callback;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ComplainantWait;
import org.complaintdesk.domain.handling.Contact;
import org.complaintdesk.domain.handling.Decline;
import org.complaintdesk.domain.handling.Dispatch;
import org.complaintdesk.domain.handling.ExtensionRequest;
import org.complaintdesk.domain.handling.Finding;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Reply;
import org.complaintdesk.domain.handling.Resolution;
import org.complaintdesk.domain.handling.Review;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.handling.Supervision;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.handling.Urge;
import org.complaintdesk.domain.handling.Withdrawal;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

class HandlingMapperTest {
    private static final Instant T1 = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-24T03:30:00.123456Z");
    private static final Instant T3 = Instant.parse("2026-11-30T16:00:00Z");
    private static final UserId AGENT = new UserId("agent-7");
    private static final UserId HANDLER = new UserId("handler-3");

    @Test
    void a_complaint_without_handling_shows_an_empty_handling() {
        assertThat(HandlingMapper.toMessage(org.complaintdesk.domain.complaint.Handling.NONE))
                .isEqualTo(Handling.getDefaultInstance());
    }

    @Test
    void every_part_of_the_handling_is_shown() {
        var handling = new org.complaintdesk.domain.complaint.Handling(
                Optional.of(new Acceptance(text("call within 2 hours"), AGENT, T1)),
                Optional.of(new Decline(org.complaintdesk.domain.handling.DeclineReason.DUPLICATE, text("see TS1"), AGENT, T1)),
                new org.complaintdesk.domain.complaint.Investigation(Optional.of(new Dispatch(new Assignment(new OrgUnitId("HEAT-MAINT"), List.of(new OrgUnitId("GRID-OPS")),
                        HANDLER), new UserId("supervisor-1"), T1)),
                Optional.of(new Contact(T1, org.complaintdesk.domain.handling.ContactMethod.WECHAT, text("spoke"),
                        Optional.empty(), HANDLER)),
                2,
                Optional.of(new Finding(org.complaintdesk.domain.handling.Responsibility.THIRD_PARTY, text("cut cable"),
                        HANDLER, T2))),
                new org.complaintdesk.domain.complaint.Outcome(Optional.of(new Resolution(text("repair"), Optional.of(new org.complaintdesk.domain.handling.Remedy(
                        org.complaintdesk.domain.handling.RemedyKind.COMPENSATION, 12_345)), HANDLER, T1,
                        org.complaintdesk.domain.handling.ApprovalStatus.APPROVED, Optional.of(new UserId("director-1")),
                        Optional.of(T2), Optional.empty())),
                Optional.of(new Reply(org.complaintdesk.domain.handling.ContactMethod.LETTER, text("Dear"), AGENT, T2)),
                Optional.of(new Callback(org.complaintdesk.domain.handling.CallbackMethod.SMS, Optional.empty(), 3,
                        Optional.empty(), AGENT, T2)),
                Optional.of(Review.requested(text("new facts"), AGENT, T2)), 1),
                new org.complaintdesk.domain.complaint.Oversight(Optional.of(new ComplainantWait(PauseReason.SITE_VISIT_REFUSED, text("visit put off"), HANDLER, T1)),
                2, Optional.of(new Urge(text("answer today"), new UserId("supervisor-1"), T2)),
                Optional.of(new ExtensionRequest(ClockKind.REPLY, T3, new Reason("the meter is at the lab"),
                        text("A meter fault is likely."), T1, HANDLER, T2)),
                Optional.of(new Supervision(Role.DIRECTOR, SupervisionCause.CLOCK_BREACHED, Optional.of(ClockKind.FIRST_CONTACT), T2))),
                new org.complaintdesk.domain.complaint.Ending(Optional.of(new Withdrawal(new org.complaintdesk.domain.handling.Reason("settled"), AGENT, T2)),
                        Optional.of(T2), Optional.empty()));

        Handling message = HandlingMapper.toMessage(handling);

        assertThat(message).isEqualTo(Handling.newBuilder()
                .setAcceptance(Handling.Acceptance.newBuilder().setNextSteps("call within 2 hours").setAcceptedBy("agent-7")
                        .setAcceptTime(ProtoTime.toTimestamp(T1)))
                .setDecline(Handling.Decline.newBuilder().setReason(DeclineReason.DECLINE_REASON_DUPLICATE)
                        .setGuidance("see TS1").setDeclinedBy("agent-7").setDeclineTime(ProtoTime.toTimestamp(T1)))
                .setDispatch(Handling.Dispatch.newBuilder().setLeadDepartment("HEAT-MAINT").addCoHandlingDepartments("GRID-OPS")
                        .setHandler("handler-3").setDispatchedBy("supervisor-1").setDispatchTime(ProtoTime.toTimestamp(T1)))
                .setLatestContact(Handling.Contact.newBuilder().setContactTime(ProtoTime.toTimestamp(T1))
                        .setMethod(ContactMethod.CONTACT_METHOD_WECHAT).setSummary("spoke").setRecordedBy("handler-3"))
                .setInvestigationRecordCount(2)
                .setFinding(Handling.Finding.newBuilder().setResponsibility(Responsibility.RESPONSIBILITY_THIRD_PARTY)
                        .setGrounds("cut cable").setFoundBy("handler-3").setFindTime(ProtoTime.toTimestamp(T2)))
                .setResolution(Handling.Resolution.newBuilder().setMeasures("repair")
                        .setRemedy(Remedy.newBuilder().setKind(RemedyKind.REMEDY_KIND_COMPENSATION)
                                .setAmount(Money.newBuilder().setCurrencyCode("CNY").setUnits(123).setNanos(450_000_000)))
                        .setProposedBy("handler-3").setProposeTime(ProtoTime.toTimestamp(T1))
                        .setApprovalStatus(ApprovalStatus.APPROVAL_STATUS_APPROVED).setDecidedBy("director-1")
                        .setDecideTime(ProtoTime.toTimestamp(T2)))
                .setReply(Handling.Reply.newBuilder().setChannel(ContactMethod.CONTACT_METHOD_LETTER).setContent("Dear")
                        .setRepliedBy("agent-7").setReplyTime(ProtoTime.toTimestamp(T2)))
                .setLatestCallback(Handling.Callback.newBuilder().setMethod(CallbackMethod.CALLBACK_METHOD_SMS)
                        .setUnreachable(true).setAttempts(3).setRecordedBy("agent-7").setRecordTime(ProtoTime.toTimestamp(T2)))
                .setReview(Handling.Review.newBuilder().setGrounds("new facts").setRequestedBy("agent-7")
                        .setRequestTime(ProtoTime.toTimestamp(T2)))
                .setWithdrawal(Handling.Withdrawal.newBuilder().setReason("settled").setRecordedBy("agent-7")
                        .setWithdrawTime(ProtoTime.toTimestamp(T2)))
                .setReopenCount(1)
                .setCloseTime(ProtoTime.toTimestamp(T2))
                .setComplainantWait(Handling.ComplainantWait.newBuilder()
                        .setReason(Clock.PauseReason.PAUSE_REASON_SITE_VISIT_REFUSED).setNote("visit put off")
                        .setRecordedBy("handler-3").setStartTime(ProtoTime.toTimestamp(T1)))
                .setUrgeCount(2)
                .setLatestUrge(Handling.Urge.newBuilder().setNote("answer today").setUrgedBy("supervisor-1")
                        .setUrgeTime(ProtoTime.toTimestamp(T2)))
                .setPendingExtension(Handling.PendingExtension.newBuilder().setClock(Clock.Kind.KIND_REPLY)
                        .setNewDueTime(ProtoTime.toTimestamp(T3)).setReason("the meter is at the lab")
                        .setPreliminaryOpinion("A meter fault is likely.").setComplainantToldTime(ProtoTime.toTimestamp(T1))
                        .setRequestedBy("handler-3").setRequestTime(ProtoTime.toTimestamp(T2)))
                .setSupervision(Handling.Supervision.newBuilder().setLevel(Handling.Supervision.Level.LEVEL_DIRECTOR)
                        .setCause(org.complaintdesk.api.v1.SupervisionCause.SUPERVISION_CAUSE_CLOCK_BREACHED).setClock(Clock.Kind.KIND_FIRST_CONTACT)
                        .setStartTime(ProtoTime.toTimestamp(T2)))
                .build());
    }

    @Test
    void a_concluded_review_shows_its_outcome_and_who_concluded_it() {
        Review concluded = Review.requested(text("new facts"), AGENT, T1)
                .concluded(org.complaintdesk.domain.handling.ReviewOutcome.CHANGED, text("refund"), new UserId("director-1"), T2);
        var none = org.complaintdesk.domain.complaint.Handling.NONE;
        var handling = new org.complaintdesk.domain.complaint.Handling(Optional.empty(), Optional.empty(),
                none.investigation(), new org.complaintdesk.domain.complaint.Outcome(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(concluded), 0), none.oversight(), none.ending());

        Handling.Review review = HandlingMapper.toMessage(handling).getReview();

        assertThat(review.getOutcome()).isEqualTo(ReviewOutcome.REVIEW_OUTCOME_CHANGED);
        assertThat(review.getConclusion()).isEqualTo("refund");
        assertThat(review.getConcludedBy()).isEqualTo("director-1");
        assertThat(review.getConcludeTime()).isEqualTo(ProtoTime.toTimestamp(T2));
    }

    @Test
    void a_supervision_for_repeated_urges_names_no_clock() {
        var none = org.complaintdesk.domain.complaint.Handling.NONE;
        var handling = new org.complaintdesk.domain.complaint.Handling(Optional.empty(), Optional.empty(),
                none.investigation(), none.outcome(), new org.complaintdesk.domain.complaint.Oversight(Optional.empty(), 3,
                Optional.of(new Urge(text("third call"), new UserId("supervisor-1"), T1)), Optional.empty(),
                Optional.of(new Supervision(Role.SUPERVISOR, SupervisionCause.REPEATED_URGES, Optional.empty(), T1))),
                none.ending());

        Handling message = HandlingMapper.toMessage(handling);

        assertThat(message.getSupervision()).isEqualTo(Handling.Supervision.newBuilder()
                .setLevel(Handling.Supervision.Level.LEVEL_SUPERVISOR)
                .setCause(org.complaintdesk.api.v1.SupervisionCause.SUPERVISION_CAUSE_REPEATED_URGES)
                .setStartTime(ProtoTime.toTimestamp(T1))
                .build());
        assertThat(message.hasPendingExtension()).isFalse();
    }

    private static Statement text(String value) {
        return new Statement(value);
    }
}
