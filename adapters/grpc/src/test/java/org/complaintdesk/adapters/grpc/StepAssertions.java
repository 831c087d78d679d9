package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.ListComplaintEventsRequest;

/** What the step tests read back and check of a step's answer. */
final class StepAssertions {

    private StepAssertions() {
    }

    /** A refusal under {@code rule} with the complaint's current state, as FAILED_PRECONDITION. */
    static void assertPrecondition(StatusRuntimeException refused, String rule, String state) {
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo(rule);
        assertThat(info.getMetadataMap()).containsEntry("current_state", state);
    }

    /** The complaint's timeline, as the auditor reads it. */
    static List<ComplaintEvent> eventsOf(Lifecycle life, Complaint complaint) {
        return life.supervisor.listComplaintEvents(ListComplaintEventsRequest.newBuilder()
                .setParent(complaint.getName()).build()).getEventsList();
    }

    static Clock clock(Complaint complaint, Clock.Kind kind) {
        return complaint.getClocksList().stream().filter(c -> c.getKind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + complaint.getClocksList()));
    }
}
