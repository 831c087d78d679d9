package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.timestamp;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.at;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.application.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stop-the-clock and urging over a real Netty gRPC server on a real PostgreSQL, with a clock the
 * test moves: it starts on Monday 2026-11-23 at 10:00 in Shanghai, an ordinary working week.
 */
class WaitingAndUrgingEndToEndTest {
    private ServiceOnMovingClock service;
    private MovableClock clock;
    private ApiClient client;
    private Lifecycle life;

    @BeforeEach
    void startOnAMondayMorning() {
        service = new ServiceOnMovingClock("2026-11-23T10:00");
        clock = service.clock;
        client = service.client;
        life = service.life;
    }

    @AfterEach
    void stopService() throws InterruptedException {
        service.close();
    }

    @Test
    void two_working_days_waiting_on_the_complainant_move_the_reply_due_two_working_days_on() {
        Complaint letter = life.register(billingComplaint().setChannel(Channel.CHANNEL_LETTER)
                .setReceiveTime(timestamp(at("2026-11-23T09:00"))));
        // 002 ch.5 §2: in writing, 5 working days: by the end of Monday 30 November.
        assertThat(clock(letter, Clock.Kind.KIND_REPLY).getDueTime()).isEqualTo(timestamp(at("2026-12-01T00:00")));
        Complaint dispatched = life.dispatch(life.accept(letter));
        step(Duration.ofHours(1));
        Complaint waiting = life.waitOnComplainant(dispatched, Clock.PauseReason.PAUSE_REASON_MATERIALS_REQUESTED);
        assertThat(waiting.getHandling().getComplainantWait().getStartTime()).isEqualTo(timestamp(at("2026-11-23T11:00")));

        step(Duration.ofDays(1));
        Clock standingStill = clock(read(waiting), Clock.Kind.KIND_REPLY);
        step(Duration.ofDays(1));
        Complaint resumed = life.resumeHandling(waiting);

        assertThat(standingStill.getPauseReason()).isEqualTo(Clock.PauseReason.PAUSE_REASON_MATERIALS_REQUESTED);
        assertThat(standingStill.getPausedDuration().getSeconds()).isEqualTo(Duration.ofDays(1).toSeconds());
        Clock reply = clock(resumed, Clock.Kind.KIND_REPLY);
        assertThat(reply.getState()).isEqualTo(Clock.State.STATE_RUNNING);
        assertThat(reply.getPauseReason()).isEqualTo(Clock.PauseReason.PAUSE_REASON_UNSPECIFIED);
        assertThat(reply.getPausedDuration().getSeconds()).isEqualTo(Duration.ofDays(2).toSeconds());
        // Monday 11:00 to Wednesday 11:00 paused: due by the end of Wednesday 2 December.
        assertThat(reply.getDueTime()).isEqualTo(timestamp(at("2026-12-03T00:00")));
        assertThat(resumed.getHandling().hasComplainantWait()).isFalse();
        assertThat(read(resumed)).isEqualTo(resumed);
        assertThat(life.timeline(resumed)).extracting(ComplaintEvent::getType).endsWith(
                ComplaintEvent.Type.TYPE_WAITING_ON_COMPLAINANT, ComplaintEvent.Type.TYPE_WAITING_ENDED);
    }

    @Test
    void two_urges_are_counted_and_both_are_on_the_timeline() {
        Complaint dispatched = life.dispatch(life.accept(life.register(billingComplaint()
                .setReceiveTime(timestamp(clock.instant())))));
        step(Duration.ofHours(2));
        Complaint urgedOnce = life.urge(life.supervisor, dispatched);
        step(Duration.ofHours(1));

        Complaint urgedTwice = life.urge(life.director, urgedOnce);

        assertThat(urgedTwice.getState()).isEqualTo(Complaint.State.STATE_DISPATCHED);
        assertThat(urgedTwice.getHandling().getUrgeCount()).isEqualTo(2);
        assertThat(urgedTwice.getHandling().getLatestUrge().getUrgedBy()).isEqualTo("director-sun");
        assertThat(urgedTwice.getHandling().getLatestUrge().getUrgeTime()).isEqualTo(timestamp(at("2026-11-23T13:00")));
        assertThat(read(urgedTwice)).isEqualTo(urgedTwice);
        List<ComplaintEvent> urges = life.timeline(urgedTwice).stream()
                .filter(e -> e.getType() == ComplaintEvent.Type.TYPE_URGED).toList();
        assertThat(urges).extracting(e -> e.getActor().getUserId()).containsExactly("supervisor-chen", "director-sun");
        assertThat(urges).extracting(e -> e.getDetailsMap().get("urge_count")).containsExactly("1", "2");
        assertThat(urges).extracting(ComplaintEvent::getNote)
                .containsOnly("The complainant called again; please answer today.");
    }

    private void step(Duration time) {
        clock.advance(time);
    }

    private Complaint read(Complaint c) {
        return ClockReadings.read(client, c);
    }

}
