package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.grpc.InProcessDesk.failure;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc.ComplaintServiceBlockingStub;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.ListComplaintEventsRequest;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every method that names a complaint refuses a caller whose unit does not reach it, before
 * anything else, whatever the caller's role, with the same answer as for a complaint that does
 * not exist; and no list shows it.
 */
class EveryMethodOutOfReachGrpcTest {
    private static final String SIBLING = "HEAT-SOUTH";

    private InProcessDesk desk;
    private Lifecycle life;

    @BeforeEach
    void start() throws Exception {
        desk = new InProcessDesk();
        life = new Lifecycle(desk);
    }

    @AfterEach
    void stop() throws InterruptedException {
        desk.close();
    }

    @Test
    void every_method_refuses_a_director_of_a_sibling_unit_by_name_and_by_ticket_number_and_changes_nothing() {
        Complaint dispatched = life.dispatched();
        ComplaintServiceBlockingStub outsider = desk.as("director-9", "DIRECTOR", SIBLING);
        Complaint byTicket = dispatched.toBuilder().setName("complaints/" + dispatched.getTicketNumber()).build();
        Complaint unknown = dispatched.toBuilder().setName("complaints/" + UUID.randomUUID()).build();

        for (var method : methods().entrySet()) {
            for (Complaint target : new Complaint[] {dispatched, byTicket, unknown}) {
                StatusRuntimeException refused = failure(() -> method.getValue().accept(outsider, target));
                assertThat(refused.getStatus().getCode()).as(method.getKey()).isEqualTo(Status.Code.PERMISSION_DENIED);
                assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getReason())
                        .as(method.getKey()).isEqualTo("COMPLAINT_OUT_OF_REACH");
                // The refusal names the complaint as asked: never the id behind a ticket number, nor its data.
                assertThat(refused.getStatus().getDescription()).as(method.getKey())
                        .contains(target.getName().substring("complaints/".length()))
                        .doesNotContain(dispatched.getDescription());
                if (target == byTicket) {
                    assertThat(refused.getStatus().getDescription()).as(method.getKey())
                            .doesNotContain(dispatched.getName().substring("complaints/".length()));
                }
            }
        }
        assertThat(life.supervisor.getComplaint(GetComplaintRequest.newBuilder().setName(dispatched.getName()).build())
                .getComplaint().getEtag()).isEqualTo(dispatched.getEtag());
        assertThat(outsider.listComplaints(ListComplaintsRequest.getDefaultInstance()).getComplaintsList()).isEmpty();
    }

    /** Each method that names a complaint, called with a request that is otherwise valid. */
    private Map<String, BiConsumer<ComplaintServiceBlockingStub, Complaint>> methods() {
        var now = desk.clock.instant();
        Map<String, BiConsumer<ComplaintServiceBlockingStub, Complaint>> calls = new LinkedHashMap<>();
        calls.put("GetComplaint", (s, c) -> s.getComplaint(GetComplaintRequest.newBuilder().setName(c.getName()).build()));
        calls.put("ListComplaintEvents", (s, c) -> s.listComplaintEvents(
                ListComplaintEventsRequest.newBuilder().setParent(c.getName()).build()));
        calls.put("ListComplaintNotices", (s, c) -> s.listComplaintNotices(
                org.complaintdesk.api.v1.ListComplaintNoticesRequest.newBuilder().setParent(c.getName()).build()));
        calls.put("ReportNoticeDelivery", (s, c) -> s.reportNoticeDelivery(
                org.complaintdesk.api.v1.ReportNoticeDeliveryRequest.newBuilder()
                        .setName(c.getName() + "/notices/" + UUID.randomUUID()).setRequestId("dlr-" + UUID.randomUUID())
                        .setOutcome(org.complaintdesk.api.v1.Notice.Outcome.OUTCOME_DELIVERED).build()));
        calls.put("AcceptComplaint", (s, c) -> s.acceptComplaint(StepCalls.accept(c, id()).build()));
        calls.put("DeclineComplaint", (s, c) -> s.declineComplaint(StepCalls.decline(c, id()).build()));
        calls.put("ReclassifyComplaint", (s, c) -> s.reclassifyComplaint(StepCalls.reclassify(c, id()).build()));
        calls.put("ChangeComplaintSeverity", (s, c) -> s.changeComplaintSeverity(StepCalls.changeSeverity(c, id()).build()));
        calls.put("DispatchComplaint", (s, c) -> s.dispatchComplaint(StepCalls.dispatch(c, id()).build()));
        calls.put("ReturnComplaint", (s, c) -> s.returnComplaint(StepCalls.returnComplaint(c, id()).build()));
        calls.put("RedispatchComplaint", (s, c) -> s.redispatchComplaint(StepCalls.redispatch(c, id()).build()));
        calls.put("RecordComplaintContact", (s, c) -> s.recordComplaintContact(StepCalls.recordContact(c, id()).build()));
        calls.put("RecordComplaintInvestigation",
                (s, c) -> s.recordComplaintInvestigation(StepCalls.recordInvestigation(c, id()).build()));
        calls.put("RecordComplaintFinding", (s, c) -> s.recordComplaintFinding(StepCalls.recordFinding(c, id()).build()));
        calls.put("ProposeComplaintResolution",
                (s, c) -> s.proposeComplaintResolution(StepCalls.proposeResolution(c, id()).build()));
        calls.put("ApproveComplaintResolution",
                (s, c) -> s.approveComplaintResolution(StepCalls.approveResolution(c, id()).build()));
        calls.put("SendBackComplaintResolution",
                (s, c) -> s.sendBackComplaintResolution(StepCalls.sendBackResolution(c, id()).build()));
        calls.put("ReplyToComplaint", (s, c) -> s.replyToComplaint(StepCalls.reply(c, id()).build()));
        calls.put("RecordComplaintCallback", (s, c) -> s.recordComplaintCallback(StepCalls.recordCallback(c, id()).build()));
        calls.put("RequestComplaintReview", (s, c) -> s.requestComplaintReview(StepCalls.requestReview(c, id()).build()));
        calls.put("ConcludeComplaintReview", (s, c) -> s.concludeComplaintReview(StepCalls.concludeReview(c, id()).build()));
        calls.put("WaitOnComplainant", (s, c) -> s.waitOnComplainant(StepCalls.waitOnComplainant(c, id()).build()));
        calls.put("ResumeComplaintHandling", (s, c) -> s.resumeComplaintHandling(StepCalls.resumeHandling(c, id()).build()));
        calls.put("UrgeComplaint", (s, c) -> s.urgeComplaint(StepCalls.urge(c, id()).build()));
        calls.put("RequestClockExtension", (s, c) -> s.requestClockExtension(
                StepCalls.requestExtension(c, id(), now.plus(Duration.ofDays(20)), now.minusSeconds(60)).build()));
        calls.put("ApproveClockExtension", (s, c) -> s.approveClockExtension(StepCalls.approveExtension(c, id()).build()));
        calls.put("RejectClockExtension", (s, c) -> s.rejectClockExtension(StepCalls.rejectExtension(c, id()).build()));
        calls.put("WithdrawComplaint", (s, c) -> s.withdrawComplaint(StepCalls.withdraw(c, id()).build()));
        calls.put("CloseComplaint", (s, c) -> s.closeComplaint(StepCalls.close(c, id()).build()));
        calls.put("ArchiveComplaint", (s, c) -> s.archiveComplaint(StepCalls.archive(c, id()).build()));
        assertThat(calls).as("the 26 lifecycle methods, the 3 reads and the gateways' report").hasSize(30);
        return calls;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
