package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintKind;
import org.complaintdesk.api.v1.ContactMethod;
import org.complaintdesk.api.v1.ReviewOutcome;
import org.complaintdesk.api.v1.Satisfaction;
import org.junit.jupiter.api.Test;

/** Reply, callback, review, withdrawal, closing and archiving through the real gRPC stack. */
class ReplyToArchiveGrpcTest extends InProcessDeskTest {
    @Test
    void the_reply_is_recorded_with_its_channel_and_content() {
        Complaint replied = life.handler.replyToComplaint(StepCalls.reply(life.resolved(), "r-1").build()).getComplaint();

        assertThat(replied.getState()).isEqualTo(Complaint.State.STATE_REPLIED);
        assertThat(replied.getHandling().getReply().getChannel()).isEqualTo(ContactMethod.CONTACT_METHOD_PHONE);
        assertThat(replied.getHandling().getReply().getContent()).startsWith("尊敬的张先生");
        assertThat(replied.getHandling().getReply().getRepliedBy()).isEqualTo("handler-3");
    }

    @Test
    void a_consultation_is_answered_without_an_investigation() {
        Complaint consultation = life.agent.createComplaint(Requests.heatingComplaint("r-create")
                .setComplaint(Requests.heatingComplaint("r-create").getComplaint().toBuilder()
                        .setKind(ComplaintKind.COMPLAINT_KIND_CONSULTATION)).build()).getComplaint();
        Complaint accepted = life.agent.acceptComplaint(StepCalls.accept(consultation, "r-accept").build()).getComplaint();

        Complaint replied = life.agent.replyToComplaint(StepCalls.reply(accepted, "r-reply").build()).getComplaint();

        assertThat(replied.getState()).isEqualTo(Complaint.State.STATE_REPLIED);
    }

    @Test
    void a_satisfied_callback_is_recorded_and_the_complaint_may_be_closed() {
        Complaint calledBack = life.agent.recordComplaintCallback(StepCalls.recordCallback(life.replied(), "r-1").build())
                .getComplaint();

        assertThat(calledBack.getState()).isEqualTo(Complaint.State.STATE_CALLED_BACK);
        assertThat(calledBack.getHandling().getLatestCallback().getSatisfaction())
                .isEqualTo(Satisfaction.SATISFACTION_SATISFIED);
        assertThat(calledBack.getHandling().getLatestCallback().getAttempts()).isEqualTo(1);
        assertThat(calledBack.getHandling().getLatestCallback().getUnreachable()).isFalse();
    }

    @Test
    void an_unsatisfied_callback_reopens_the_investigation() {
        Complaint reopened = life.agent.recordComplaintCallback(StepCalls.recordCallback(life.replied(), "r-1")
                .setSatisfaction(Satisfaction.SATISFACTION_UNSATISFIED).build()).getComplaint();

        assertThat(reopened.getState()).isEqualTo(Complaint.State.STATE_INVESTIGATING);
        assertThat(reopened.getHandling().getReopenCount()).isEqualTo(1);
    }

    @Test
    void an_unreachable_complainant_is_recorded_after_three_attempts_but_not_after_two() {
        Complaint replied = life.replied();
        var twoAttempts = StepCalls.recordCallback(replied, "r-1").clearSatisfaction().setUnreachable(true).setAttempts(2);

        StatusRuntimeException refused = InProcessDesk.failure(() -> life.agent.recordComplaintCallback(twoAttempts.build()));
        Complaint unreachable = life.agent.recordComplaintCallback(twoAttempts.setRequestId("r-2").setAttempts(3).build())
                .getComplaint();

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactly("attempts UNREACHABLE_TOO_FEW_ATTEMPTS");
        assertThat(unreachable.getState()).isEqualTo(Complaint.State.STATE_CALLED_BACK);
        assertThat(unreachable.getHandling().getLatestCallback().getUnreachable()).isTrue();
        assertThat(unreachable.getHandling().getLatestCallback().getSatisfaction())
                .isEqualTo(Satisfaction.SATISFACTION_UNSPECIFIED);
    }

    @Test
    void a_review_asked_for_after_the_callback_and_upheld_returns_to_called_back() {
        Complaint underReview = life.agent.requestComplaintReview(StepCalls.requestReview(life.calledBack(), "r-1").build())
                .getComplaint();
        assertThat(underReview.getState()).isEqualTo(Complaint.State.STATE_UNDER_REVIEW);

        Complaint upheld = life.director.concludeComplaintReview(StepCalls.concludeReview(underReview, "r-2").build())
                .getComplaint();

        assertThat(upheld.getState()).isEqualTo(Complaint.State.STATE_CALLED_BACK);
        assertThat(upheld.getHandling().getReview().getOutcome()).isEqualTo(ReviewOutcome.REVIEW_OUTCOME_UPHELD);
        assertThat(upheld.getHandling().getReview().getConcludedBy()).isEqualTo("director-1");
        assertThat(upheld.getHandling().getReview().getGrounds()).isEqualTo("The bill still charges the cold days.");
    }

    @Test
    void a_review_that_changes_the_result_reopens_the_handling() {
        Complaint underReview = life.agent.requestComplaintReview(StepCalls.requestReview(life.replied(), "r-1").build())
                .getComplaint();

        Complaint changed = life.supervisor.concludeComplaintReview(StepCalls.concludeReview(underReview, "r-2")
                .setOutcome(ReviewOutcome.REVIEW_OUTCOME_CHANGED).build()).getComplaint();

        assertThat(changed.getState()).isEqualTo(Complaint.State.STATE_INVESTIGATING);
        assertThat(changed.getHandling().getReopenCount()).isEqualTo(1);
    }

    @Test
    void a_review_asked_for_after_the_window_is_refused() {
        Complaint replied = life.replied();
        desk.clock.advance(Duration.ofDays(31));

        StatusRuntimeException refused = InProcessDesk.failure(() ->
                life.agent.requestComplaintReview(StepCalls.requestReview(replied, "r-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("REVIEW_WINDOW_ELAPSED");
        assertThat(info.getMetadataMap()).containsEntry("current_state", "STATE_REPLIED");
    }

    @Test
    void a_withdrawn_complaint_can_be_closed() {
        Complaint withdrawn = life.handler.withdrawComplaint(StepCalls.withdraw(life.dispatched(), "r-1").build())
                .getComplaint();
        assertThat(withdrawn.getState()).isEqualTo(Complaint.State.STATE_WITHDRAWN);
        assertThat(withdrawn.getHandling().getWithdrawal().getReason()).isEqualTo("The neighbour fixed it.");

        Complaint closed = life.agent.closeComplaint(StepCalls.close(withdrawn, "r-2").build()).getComplaint();

        assertThat(closed.getState()).isEqualTo(Complaint.State.STATE_CLOSED);
        assertThat(closed.getHandling().getCloseTime()).isEqualTo(Requests.timestamp(Requests.NOW));
    }

    @Test
    void a_closed_complaint_is_archived_and_then_read_only() {
        Complaint archived = life.agent.archiveComplaint(StepCalls.archive(life.closed(), "r-1").build()).getComplaint();

        assertThat(archived.getState()).isEqualTo(Complaint.State.STATE_ARCHIVED);
        assertThat(archived.getHandling().getArchiveTime()).isEqualTo(Requests.timestamp(Requests.NOW));
        StatusRuntimeException refused = InProcessDesk.failure(() ->
                life.supervisor.withdrawComplaint(StepCalls.withdraw(archived, "r-2").build()));
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("COMPLAINT_ARCHIVED");
        assertThat(info.getMetadataMap()).containsEntry("current_state", "STATE_ARCHIVED");
    }
}
