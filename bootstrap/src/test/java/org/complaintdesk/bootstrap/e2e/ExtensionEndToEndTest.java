package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.timestamp;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.at;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.clock;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import org.complaintdesk.api.v1.ApproveClockExtensionRequest;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.RequestClockExtensionRequest;
import org.complaintdesk.application.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Extensions (延期, 002 3.4) over a real Netty gRPC server on a real PostgreSQL, with a clock the
 * test moves: a letter of Monday 2026-11-23, its reply due by the end of Monday 30 November.
 */
class ExtensionEndToEndTest {
    private ServiceOnMovingClock service;
    private MovableClock clock;
    private Lifecycle life;

    @BeforeEach
    void startOnAMondayMorning() {
        service = new ServiceOnMovingClock("2026-11-23T10:00");
        clock = service.clock;
        life = service.life;
    }

    @AfterEach
    void stopService() throws InterruptedException {
        service.close();
    }

    private Complaint dispatchedLetter() {
        return life.dispatch(life.accept(life.register(billingComplaint().setChannel(Channel.CHANNEL_LETTER)
                .setReceiveTime(timestamp(at("2026-11-23T09:00"))))));
    }

    private RequestClockExtensionRequest.Builder extendReplyTo(Complaint c, String localTime) {
        return RequestClockExtensionRequest.newBuilder().setName(c.getName()).setEtag(c.getEtag())
                .setRequestId(Lifecycle.requestId()).setClock(Clock.Kind.KIND_REPLY)
                .setNewDueTime(timestamp(at(localTime))).setReason("The meter is at the metrology lab.")
                .setPreliminaryOpinion("The meter looks faulty; the lab confirms within a week.")
                .setComplainantToldTime(timestamp(clock.instant()));
    }

    @Test
    void a_granted_extension_moves_the_reply_due_and_keeps_the_original() {
        Complaint dispatched = dispatchedLetter();
        clock.advance(Duration.ofDays(2));

        Complaint asked = life.handler.requestClockExtension(extendReplyTo(dispatched, "2026-12-05T00:00").build())
                .getComplaint();
        assertThat(asked.getHandling().getPendingExtension().getClock()).isEqualTo(Clock.Kind.KIND_REPLY);
        clock.advance(Duration.ofHours(1));
        Complaint granted = life.supervisor.approveClockExtension(ApproveClockExtensionRequest.newBuilder()
                .setName(asked.getName()).setEtag(asked.getEtag()).setRequestId(Lifecycle.requestId()).build())
                .getComplaint();

        Clock reply = clock(granted, Clock.Kind.KIND_REPLY);
        assertThat(reply.getOriginalDueTime()).isEqualTo(timestamp(at("2026-12-01T00:00")));
        assertThat(reply.getDueTime()).isEqualTo(timestamp(at("2026-12-05T00:00")));
        assertThat(reply.getExtension().getApprovedBy()).isEqualTo("supervisor-chen");
        assertThat(granted.getHandling().hasPendingExtension()).isFalse();
        assertThat(life.timeline(granted)).extracting(ComplaintEvent::getType).endsWith(
                ComplaintEvent.Type.TYPE_EXTENSION_REQUESTED, ComplaintEvent.Type.TYPE_EXTENSION_APPROVED);
        assertThat(ClockReadings.read(service.client, granted)).isEqualTo(granted);
    }

    @Test
    void a_clock_that_ran_out_is_not_extended_and_nothing_is_stored() {
        Complaint dispatched = dispatchedLetter();
        clock.advance(Duration.ofDays(8));

        assertThatThrownBy(() -> life.handler.requestClockExtension(extendReplyTo(dispatched, "2026-12-09T00:00").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
                    ErrorInfo info = ApiClient.details(e).getDetailsList().stream()
                            .filter(d -> d.is(ErrorInfo.class)).findFirst().map(d -> unpack(d)).orElseThrow();
                    assertThat(info.getReason()).isEqualTo("CLOCK_RAN_OUT");
                    assertThat(info.getMetadataMap()).containsEntry("current_state", "STATE_DISPATCHED");
                });
        assertThat(ClockReadings.read(service.client, dispatched).getEtag()).isEqualTo(dispatched.getEtag());
    }

    private static ErrorInfo unpack(com.google.protobuf.Any detail) {
        try {
            return detail.unpack(ErrorInfo.class);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
