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
import org.complaintdesk.api.v1.ComplaintKind;
import org.complaintdesk.api.v1.ComplaintView;
import org.complaintdesk.api.v1.IntakeFacts;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.PreviewComplaintDeadlinesRequest;
import org.complaintdesk.api.v1.Responsibility;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.application.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clocks of complaints over a real Netty gRPC server on a real PostgreSQL, its calendar as
 * migrated (2025 and 2026), and a clock the test moves: it starts on Wednesday 2026-09-30, the
 * last working day before the National Day holidays (1-7 October; Saturday 10 October is worked).
 */
class ClocksEndToEndTest {
    private ServiceOnMovingClock service;
    private MovableClock clock;
    private ApiClient client;
    private Lifecycle life;

    /** A service per test, each on its own clock. */
    @BeforeEach
    void startOnTheLastWorkingDayBeforeNationalDay() {
        service = new ServiceOnMovingClock("2026-09-30T10:00");
        clock = service.clock;
        client = service.client;
        life = service.life;
    }

    @AfterEach
    void stopService() throws InterruptedException {
        service.close();
    }

    @Test
    void a_letter_received_before_national_day_is_due_after_the_holidays_and_the_reply_meets_it() {
        Complaint letter = life.register(billingComplaint().setChannel(Channel.CHANNEL_LETTER)
                .setReceiveTime(timestamp(at("2026-09-30T09:00"))));

        Clock reply = clock(letter, Clock.Kind.KIND_REPLY);
        // 002 ch.5 §2: in writing, 5 working days: 8, 9, 10 (Saturday, worked), 12 and 13 October.
        assertThat(reply.getState()).isEqualTo(Clock.State.STATE_RUNNING);
        assertThat(reply.getDueTime()).isEqualTo(timestamp(at("2026-10-14T00:00")));
        assertThat(reply.getProvisional()).isFalse();

        Complaint c = life.accept(letter);
        step(Duration.ofMinutes(20));
        c = life.dispatch(c);
        step(Duration.ofDays(8));
        c = life.propose(life.find(life.investigate(life.contact(c)), Responsibility.RESPONSIBILITY_COMPANY));
        step(Duration.ofHours(4));
        Instant repliedAt = clock.instant();
        c = life.reply(c);

        reply = clock(c, Clock.Kind.KIND_REPLY);
        assertThat(reply.getState()).isEqualTo(Clock.State.STATE_MET);
        assertThat(reply.getMetTime()).isEqualTo(timestamp(repliedAt));
        assertThat(reply.getLate()).isFalse();
        assertThat(clock(c, Clock.Kind.KIND_CALLBACK).getDueTime()).isEqualTo(timestamp(repliedAt.plus(Duration.ofHours(24))));
        assertThat(read(c)).isEqualTo(c);
    }

    @Test
    void a_level_1_complaint_waits_30_minutes_for_the_emergency_team_after_its_dispatch() {
        Complaint outage = life.register(billingComplaint()
                .setReceiveTime(timestamp(clock.instant().minus(Duration.ofMinutes(5))))
                .setIntakeFacts(IntakeFacts.newBuilder().setSafetyHazard(true)));
        assertThat(outage.getSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_1);
        Complaint accepted = life.accept(outage);
        step(Duration.ofMinutes(4));
        Instant dispatchedAt = clock.instant();

        Complaint dispatched = life.dispatch(accepted);

        Clock onSite = clock(dispatched, Clock.Kind.KIND_FIRST_CONTACT);
        assertThat(onSite.getState()).isEqualTo(Clock.State.STATE_RUNNING);
        assertThat(onSite.getStartTime()).isEqualTo(timestamp(dispatchedAt));
        assertThat(onSite.getDueTime()).isEqualTo(timestamp(dispatchedAt.plus(Duration.ofMinutes(30))));
        assertThat(onSite.getRuleSource()).startsWith("003 三.3(2)");
        assertThat(clock(dispatched, Clock.Kind.KIND_PROGRESS_UPDATE).getDueTime())
                .isEqualTo(timestamp(dispatchedAt.plus(Duration.ofHours(2))));

        step(Duration.ofMinutes(31));
        assertThat(clock(read(dispatched), Clock.Kind.KIND_FIRST_CONTACT).getState()).isEqualTo(Clock.State.STATE_BREACHED);
    }

    @Test
    void a_work_queue_shows_the_clocks_only_in_the_full_view() {
        Complaint registered = life.register(billingComplaint().setReceiveTime(timestamp(clock.instant())));

        List<Complaint> basic = life.agent.listComplaints(ListComplaintsRequest.getDefaultInstance()).getComplaintsList();
        List<Complaint> full = life.agent.listComplaints(ListComplaintsRequest.newBuilder()
                .setView(ComplaintView.COMPLAINT_VIEW_FULL).build()).getComplaintsList();

        assertThat(basic).singleElement().satisfies(c -> assertThat(c.getClocksList()).isEmpty());
        assertThat(full).containsExactly(read(registered));
        assertThat(full.getFirst().getClocksList()).isNotEmpty();
    }

    @Test
    void an_agent_previews_on_the_phone_when_a_consultation_by_letter_will_be_answered() {
        var preview = life.agent.previewComplaintDeadlines(PreviewComplaintDeadlinesRequest.newBuilder()
                .setChannel(Channel.CHANNEL_LETTER).setKind(ComplaintKind.COMPLAINT_KIND_CONSULTATION)
                .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_WATER).setOrgUnit("waterco").build());

        assertThat(preview.getClocksList()).extracting(Clock::getKind)
                .containsExactly(Clock.Kind.KIND_REGISTRATION, Clock.Kind.KIND_REPLY);
        assertThat(preview.getClocks(1).getDueTime()).isEqualTo(timestamp(at("2026-10-14T00:00")));
    }

    private void step(Duration time) {
        clock.advance(time);
    }

    private Complaint read(Complaint c) {
        return ClockReadings.read(client, c);
    }

}
