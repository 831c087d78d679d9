package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.deadline.ClockRule;
import org.complaintdesk.domain.deadline.ClockState;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.deadline.Extension;
import org.complaintdesk.domain.deadline.Pause;
import org.complaintdesk.domain.deadline.RuleText;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

class ClockMapperTest {
    private static final ClockRule LETTER_REPLY = RuleText.parse("""
            REPLY channel=LETTER period=5wd pause=all once
                start=REGISTERED@receipt met=REPLIED stop=DECLINED,WITHDRAWN,CLOSED
                # 002 ch.5 §2 3.1: complaints in writing within 5 working days
            """).getFirst();

    private static final Instant RECEIVED = Instant.parse("2026-09-30T01:00:00Z");
    private static final Instant ORIGINAL_DUE = Instant.parse("2026-10-13T16:00:00Z");
    private static final Instant DUE = Instant.parse("2026-10-14T16:00:00Z");
    private static final Instant WARN = Instant.parse("2026-10-12T16:00:00Z");
    private static final Instant REPLIED = Instant.parse("2026-10-14T09:30:00Z");

    @Test
    void a_clock_met_late_shows_every_field() {
        var clock = new ComplaintClock(ClockKind.REPLY, 2, LETTER_REPLY, ClockState.MET, RECEIVED, ORIGINAL_DUE, DUE,
                WARN, Optional.of(REPLIED), Optional.empty(), Optional.of(EventType.REPLIED), true,
                Duration.ofHours(24).plusNanos(500_000), Optional.empty(), Optional.empty(), true);

        Clock message = ClockMapper.toMessage(clock);

        assertThat(message).isEqualTo(Clock.newBuilder()
                .setKind(Clock.Kind.KIND_REPLY)
                .setRound(2)
                .setState(Clock.State.STATE_MET)
                .setStartTime(Requests.timestamp(RECEIVED))
                .setDueTime(Requests.timestamp(DUE))
                .setOriginalDueTime(Requests.timestamp(ORIGINAL_DUE))
                .setWarningTime(Requests.timestamp(WARN))
                .setMetTime(Requests.timestamp(REPLIED))
                .setLate(true)
                .setPausedDuration(com.google.protobuf.Duration.newBuilder().setSeconds(86_400).setNanos(500_000))
                .setProvisional(true)
                .setRuleSource("002 ch.5 §2 3.1: complaints in writing within 5 working days")
                .build());
    }

    @Test
    void a_clock_paused_while_the_complainant_sends_materials_shows_why() {
        var clock = new ComplaintClock(ClockKind.REPLY, 1, LETTER_REPLY, ClockState.RUNNING, RECEIVED, DUE, DUE, WARN,
                Optional.empty(), Optional.empty(), Optional.empty(), false, Duration.ofHours(3),
                Optional.of(Pause.open(RECEIVED.plus(Duration.ofDays(1)), PauseReason.MATERIALS_REQUESTED)),
                Optional.empty(), false);

        Clock message = ClockMapper.toMessage(clock);

        assertThat(message.getPauseReason()).isEqualTo(Clock.PauseReason.PAUSE_REASON_MATERIALS_REQUESTED);
        assertThat(message.getPausedDuration().getSeconds()).isEqualTo(3 * 3600);
        assertThat(message.hasMetTime()).isFalse();
        assertThat(message.hasStopTime()).isFalse();
    }

    @Test
    void an_extended_clock_shows_the_extension_beside_its_original_due() {
        Instant approved = Instant.parse("2026-10-12T03:00:00Z");
        var extension = new Extension(ClockKind.REPLY, DUE, approved, new UserId("supervisor-1"),
                new Reason("the meter is at the lab"));
        var clock = new ComplaintClock(ClockKind.REPLY, 1, LETTER_REPLY, ClockState.RUNNING, RECEIVED, ORIGINAL_DUE, DUE,
                WARN, Optional.empty(), Optional.empty(), Optional.empty(), false, Duration.ZERO, Optional.empty(),
                Optional.of(extension), false);

        Clock message = ClockMapper.toMessage(clock);

        assertThat(message.getDueTime()).isEqualTo(Requests.timestamp(DUE));
        assertThat(message.getOriginalDueTime()).isEqualTo(Requests.timestamp(ORIGINAL_DUE));
        assertThat(message.getExtension()).isEqualTo(Clock.Extension.newBuilder()
                .setNewDueTime(Requests.timestamp(DUE))
                .setApproveTime(Requests.timestamp(approved))
                .setApprovedBy("supervisor-1")
                .setReason("the meter is at the lab")
                .build());
    }

    @Test
    void a_stopped_clock_shows_when_it_stopped_and_is_not_paused() {
        Instant withdrawn = Instant.parse("2026-10-09T02:00:00Z");
        var clock = new ComplaintClock(ClockKind.REPLY, 1, LETTER_REPLY, ClockState.STOPPED, RECEIVED, DUE, DUE, WARN,
                Optional.empty(), Optional.of(withdrawn), Optional.of(EventType.WITHDRAWN), false, Duration.ZERO,
                Optional.empty(), Optional.empty(), false);

        Clock message = ClockMapper.toMessage(clock);

        assertThat(message.getState()).isEqualTo(Clock.State.STATE_STOPPED);
        assertThat(message.getStopTime()).isEqualTo(Requests.timestamp(withdrawn));
        assertThat(message.hasMetTime()).isFalse();
        assertThat(message.getPauseReason()).isEqualTo(Clock.PauseReason.PAUSE_REASON_UNSPECIFIED);
        assertThat(message.getPausedDuration()).isEqualTo(com.google.protobuf.Duration.getDefaultInstance());
    }
}
