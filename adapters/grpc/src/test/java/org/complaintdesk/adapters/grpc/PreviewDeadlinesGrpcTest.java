package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.grpc.InProcessDesk.failure;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.ComplaintKind;
import org.complaintdesk.api.v1.ComplaintServiceGrpc.ComplaintServiceBlockingStub;
import org.complaintdesk.api.v1.IntakeFacts;
import org.complaintdesk.api.v1.PreviewComplaintDeadlinesRequest;
import org.complaintdesk.api.v1.PreviewComplaintDeadlinesResponse;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UtilityDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PreviewComplaintDeadlines through the real gRPC stack, in process, as a hotline tool calls it: without identity. */
class PreviewDeadlinesGrpcTest {
    /** Friday 2026-11-27, 10:00 in Shanghai: four days after the desk's clock. */
    private static final Instant FRIDAY = Instant.parse("2026-11-27T02:00:00Z");

    private InProcessDesk desk;
    private ComplaintServiceBlockingStub hotlineTool;

    @BeforeEach
    void start() throws IOException {
        desk = new InProcessDesk();
        hotlineTool = desk.as("hotline-tool", null, null);
    }

    @AfterEach
    void stop() throws InterruptedException {
        desk.close();
    }

    @Test
    void a_letter_arriving_on_a_friday_is_to_be_answered_by_the_end_of_the_next_friday() {
        PreviewComplaintDeadlinesResponse preview = hotlineTool.previewComplaintDeadlines(letter()
                .setReceiveTime(Requests.timestamp(FRIDAY)).build());

        assertThat(preview.getSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_3);
        assertThat(preview.getClocksList()).extracting(Clock::getKind).containsExactly(Clock.Kind.KIND_REGISTRATION,
                Clock.Kind.KIND_FORWARD_TO_DEPARTMENT, Clock.Kind.KIND_REPLY, Clock.Kind.KIND_FOLLOW_UP);
        assertThat(preview.getClocksList()).allSatisfy(clock -> {
            assertThat(clock.getState()).isEqualTo(Clock.State.STATE_RUNNING);
            assertThat(clock.getStartTime()).isEqualTo(Requests.timestamp(FRIDAY));
        });
        Clock reply = preview.getClocksList().get(2);
        assertThat(reply.getDueTime()).isEqualTo(Requests.timestamp(Instant.parse("2026-12-04T16:00:00Z")));
        assertThat(reply.getRuleSource()).startsWith("002 ch.5 §2 3.1");
    }

    @Test
    void without_a_receive_time_the_call_is_taken_now() {
        PreviewComplaintDeadlinesResponse preview = hotlineTool.previewComplaintDeadlines(letter().build());

        assertThat(preview.getClocksList()).allSatisfy(clock ->
                assertThat(clock.getStartTime()).isEqualTo(Requests.timestamp(Requests.NOW)));
    }

    @Test
    void a_safety_hazard_is_previewed_with_the_emergency_limits_of_level_1() {
        PreviewComplaintDeadlinesResponse preview = hotlineTool.previewComplaintDeadlines(letter()
                .setChannel(Channel.CHANNEL_HOTLINE).setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_GAS)
                .setIntakeFacts(IntakeFacts.newBuilder().setSafetyHazard(true)).build());

        assertThat(preview.getSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_1);
        assertThat(preview.getClocksList().get(1).getDueTime())
                .isEqualTo(Requests.timestamp(Requests.NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void every_missing_fact_is_named_at_once() {
        StatusRuntimeException refused = failure(() -> hotlineTool.previewComplaintDeadlines(
                PreviewComplaintDeadlinesRequest.getDefaultInstance()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactlyInAnyOrder(
                "channel REQUIRED", "kind REQUIRED", "utility_domain REQUIRED", "org_unit REQUIRED");
    }

    @Test
    void a_receipt_more_than_a_year_away_is_out_of_range() {
        StatusRuntimeException refused = failure(() -> hotlineTool.previewComplaintDeadlines(letter()
                .setReceiveTime(Requests.timestamp(Requests.NOW.plus(Duration.ofDays(400)))).build()));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactly("receive_time OUT_OF_RANGE");
    }

    private static PreviewComplaintDeadlinesRequest.Builder letter() {
        return PreviewComplaintDeadlinesRequest.newBuilder()
                .setChannel(Channel.CHANNEL_LETTER)
                .setKind(ComplaintKind.COMPLAINT_KIND_COMPLAINT)
                .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_ELECTRICITY)
                .setOrgUnit("gridco/east");
    }
}
