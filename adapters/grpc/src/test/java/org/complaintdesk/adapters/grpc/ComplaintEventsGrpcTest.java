package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ResourceInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintdesk.api.v1.Actor;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.ListComplaintEventsRequest;
import org.complaintdesk.api.v1.ListComplaintEventsResponse;
import org.complaintdesk.api.v1.Role;
import org.junit.jupiter.api.Test;

/** A complaint's timeline through the real gRPC stack. */
class ComplaintEventsGrpcTest extends InProcessDeskTest {
    @Test
    void the_timeline_lists_every_step_oldest_first_with_actor_states_and_details() {
        Complaint dispatched = life.dispatched();

        List<ComplaintEvent> events = anonymous().listComplaintEvents(request(dispatched.getName()).build()).getEventsList();

        assertThat(events).extracting(ComplaintEvent::getType).containsExactly(
                ComplaintEvent.Type.TYPE_REGISTERED, ComplaintEvent.Type.TYPE_ACCEPTED, ComplaintEvent.Type.TYPE_DISPATCHED);
        ComplaintEvent registered = events.getFirst();
        assertThat(registered.getName()).isEqualTo(dispatched.getName() + "/events/1");
        assertThat(registered.getStateBefore()).isEqualTo(Complaint.State.STATE_UNSPECIFIED);
        assertThat(registered.getStateAfter()).isEqualTo(Complaint.State.STATE_REGISTERED);
        assertThat(registered.getDetailsMap())
                .containsEntry("ticket_number", dispatched.getTicketNumber())
                .containsEntry("channel", "CHANNEL_HOTLINE")
                .containsEntry("kind", "COMPLAINT_KIND_COMPLAINT")
                .containsEntry("severity", "SEVERITY_LEVEL_3")
                .containsEntry("priority", "PRIORITY_NORMAL");
        ComplaintEvent accepted = events.get(1);
        assertThat(accepted.getActor()).isEqualTo(Actor.newBuilder()
                .setUserId("agent-7").setRole(Role.ROLE_AGENT).setOrgUnit(Lifecycle.OWNER).build());
        assertThat(accepted.getNote()).isEqualTo("A technician will call you within 2 hours.");
        assertThat(accepted.getOccurTime()).isEqualTo(Requests.timestamp(Requests.NOW));
        ComplaintEvent dispatch = events.get(2);
        assertThat(dispatch.getStateBefore()).isEqualTo(Complaint.State.STATE_ACCEPTED);
        assertThat(dispatch.getStateAfter()).isEqualTo(Complaint.State.STATE_DISPATCHED);
        assertThat(dispatch.getDetailsMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "lead_department", "HEAT-MAINT", "handler", "handler-3", "co_handling_departments", "GRID-OPS"));
    }

    @Test
    void paging_through_the_timeline_shows_every_event_once() {
        Complaint calledBack = life.calledBack();
        List<String> names = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            ListComplaintEventsResponse page = anonymous().listComplaintEvents(
                    request(calledBack.getName()).setPageSize(3).setPageToken(token).build());
            page.getEventsList().forEach(event -> names.add(event.getName()));
            token = page.getNextPageToken();
            pages++;
        } while (!token.isEmpty());

        assertThat(names).hasSize(8).doesNotHaveDuplicates();
        assertThat(names.getLast()).isEqualTo(calledBack.getName() + "/events/8");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void a_token_issued_under_the_ticket_number_serves_the_canonical_name() {
        Complaint accepted = life.accepted();
        String token = anonymous().listComplaintEvents(
                request("complaints/" + accepted.getTicketNumber()).setPageSize(1).build()).getNextPageToken();

        ListComplaintEventsResponse rest = anonymous().listComplaintEvents(
                request(accepted.getName()).setPageToken(token).build());

        assertThat(rest.getEventsList()).extracting(ComplaintEvent::getType)
                .containsExactly(ComplaintEvent.Type.TYPE_ACCEPTED);
        assertThat(rest.getNextPageToken()).isEmpty();
    }

    @Test
    void a_token_of_another_complaint_is_refused() {
        Complaint one = life.accepted();
        Complaint other = life.accepted();
        String token = anonymous().listComplaintEvents(request(one.getName()).setPageSize(1).build()).getNextPageToken();

        StatusRuntimeException refused = InProcessDesk.failure(() ->
                anonymous().listComplaintEvents(request(other.getName()).setPageToken(token).build()));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactly("page_token PAGE_TOKEN_PARENT_MISMATCH");
    }

    @Test
    void every_bad_field_of_the_request_is_listed_at_once() {
        StatusRuntimeException refused = InProcessDesk.failure(() -> anonymous().listComplaintEvents(
                ListComplaintEventsRequest.newBuilder().setParent("tickets/1").setPageSize(-1).setPageToken("x").build()));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactlyInAnyOrder("parent FORMAT", "page_size NEGATIVE", "page_token FORMAT");
    }

    @Test
    void the_timeline_of_an_unknown_complaint_is_refused_as_out_of_reach() {
        String unknown = "complaints/0f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60";

        StatusRuntimeException byId = InProcessDesk.failure(() -> anonymous().listComplaintEvents(request(unknown).build()));
        StatusRuntimeException byTicket = InProcessDesk.failure(() ->
                anonymous().listComplaintEvents(request("complaints/TS20261123000999").build()));

        assertThat(byId.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(byId), ResourceInfo.class).getResourceName())
                .isEqualTo(unknown);
        assertThat(byTicket.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    private ComplaintServiceGrpc.ComplaintServiceBlockingStub anonymous() {
        return desk.as("supervisor-qian", "SUPERVISOR");
    }

    private static ListComplaintEventsRequest.Builder request(String parent) {
        return ListComplaintEventsRequest.newBuilder().setParent(parent);
    }
}
