package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.grpc.InProcessDesk.failure;

import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Intake that looks valid to a parser but breaks a rule of the register. */
class HostileIntakeGrpcTest extends InProcessDeskTest {

    @Test
    void a_topic_made_only_of_no_break_and_ideographic_spaces_is_refused_as_required() {
        var request = Requests.heatingComplaint("req-1");
        request.getComplaintBuilder().setTopic("\u00A0\u2007\u202F\u3000");

        StatusRuntimeException refused = failure(() -> desk.as("agent-7", "AGENT").createComplaint(request.build()));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactly("complaint.topic REQUIRED");
    }

    @Test
    void a_receive_time_in_1900_is_refused_as_too_early() {
        var request = Requests.heatingComplaint("req-1");
        request.getComplaintBuilder().setReceiveTime(Requests.timestamp(Instant.parse("1900-01-01T00:00:00Z")));

        StatusRuntimeException refused = failure(() -> desk.as("agent-7", "AGENT").createComplaint(request.build()));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactly("complaint.receive_time RECEIVED_TOO_EARLY");
    }

    @Test
    void an_auditor_is_refused_the_registration_of_a_complaint() {
        StatusRuntimeException refused = failure(() -> desk.as("auditor-1", "AUDITOR", "gridco/east/office")
                .createComplaint(Requests.heatingComplaint("req-1").build()));

        Status status = StatusProto.fromThrowable(refused);
        assertThat(refused.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.PERMISSION_DENIED);
        assertThat(StatusDetails.only(status, ErrorInfo.class).getReason()).isEqualTo("ROLE_NOT_PERMITTED");
        assertThat(desk.store.size()).isZero();
    }
}
