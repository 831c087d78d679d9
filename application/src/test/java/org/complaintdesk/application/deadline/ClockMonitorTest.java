package org.complaintdesk.application.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.application.deadline.DeadlineDesk.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.application.testing.RecordingClockWatch;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.DueChanges;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.deadline.AlertHours;
import org.complaintdesk.domain.deadline.ClockStatus;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.deadline.SupervisionPolicy;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.Role;
import org.junit.jupiter.api.Test;

/** What the monitor decides for one complaint: alerts, escalation, re-timing notes and when to look again. */
class ClockMonitorTest {
    private static final DeadlinePolicies SEED = DeadlinePolicies.seedForAll();

    /** Monday 2 March 2026, 10:00 in Shanghai: a phone complaint dispatched at once, first contact due at 12:00. */
    private final DeadlineDesk desk = new DeadlineDesk("2026-03-02T10:00");
    private final List<ClockAlert> delivered = new ArrayList<>();

    private ClockMonitor monitor(AlertHours hours) {
        return new ClockMonitor(new RecordingClockWatch(), desk.clocks(SEED), desk.calendar,
                SupervisionPolicy.defaults(), hours, delivered::addAll,
                (complaint, now) -> java.util.Optional.empty(), desk.clock, 100);
    }

    private Complaint dispatched() {
        return desk.dispatch(desk.accept(desk.register(Channel.HOTLINE, Duration.ZERO)));
    }

    /** The complaint as the monitor finds it: as stored, with its whole timeline. */
    private Attention attention(Complaint c, Optional<Attention.Recorded> recorded) {
        Complaint stored = desk.store.findById(c.id()).orElseThrow();
        return new Attention(stored, desk.timeline(stored), recorded);
    }

    @Test
    void the_first_look_at_a_registration_is_what_the_monitor_decides_on_it_once_stored() {
        Complaint registered = desk.register(Channel.HOTLINE, Duration.ofMinutes(10));
        Instant now = desk.clock.instant();
        ClockMonitor monitor = monitor(AlertHours.ALWAYS);

        Optional<Attention.Outcome> first = monitor.firstLook(registered, now);
        Attention.Outcome decided = monitor.decide(attention(registered, Optional.empty()), now);

        assertThat(first).hasValueSatisfying(f -> {
            assertThat(f.complaint()).isSameAs(registered);
            assertThat(f.alerts()).isEmpty();
            assertThat(f.nextAttention()).isPresent().isEqualTo(decided.nextAttention());
            assertThat(f.earliestDue()).isPresent().isEqualTo(decided.earliestDue());
            assertThat(f.status()).contains(ClockStatus.ON_TIME).isEqualTo(decided.status());
            assertThat(f.dues()).isNotEmpty().isEqualTo(decided.dues());
            assertThat(f.rounds()).isNotEmpty().isEqualTo(decided.rounds());
        });
    }

    @Test
    void a_registration_whose_clocks_already_ran_out_is_left_to_the_monitor_to_alert_and_escalate_once() {
        Complaint registered = desk.register(Channel.HOTLINE, Duration.ofDays(10));
        Instant now = desk.clock.instant();
        ClockMonitor monitor = monitor(AlertHours.ALWAYS);

        assertThat(monitor.decide(attention(registered, Optional.empty()), now).alerts()).isNotEmpty();
        assertThat(monitor.firstLook(registered, now)).isEmpty();
    }

    @Test
    void a_complaint_already_stored_gets_no_first_look() {
        Complaint stored = desk.store.findById(desk.register(Channel.HOTLINE, Duration.ZERO).id()).orElseThrow();

        assertThatThrownBy(() -> monitor(AlertHours.ALWAYS).firstLook(stored, desk.clock.instant()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void past_its_warning_threshold_a_clock_warns_and_the_monitor_looks_again_at_its_due() {
        Complaint c = dispatched();
        desk.advance(Duration.ofMinutes(100));

        Attention.Outcome outcome = monitor(AlertHours.ALWAYS).decide(attention(c, Optional.empty()), desk.clock.instant());

        assertThat(outcome.alerts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ClockAlert.Kind.WARNING);
            assertThat(a.clock()).isEqualTo(ClockKind.FIRST_CONTACT);
            assertThat(a.due()).isEqualTo(at("2026-03-02T12:00"));
            assertThat(a.notifyAt()).isEqualTo(desk.clock.instant());
            assertThat(a.ticketNumber()).isEqualTo(c.ticketNumber());
        });
        assertThat(outcome.changedComplaint()).isFalse();
        assertThat(outcome.status()).contains(ClockStatus.WARNING);
        assertThat(outcome.nextAttention()).contains(at("2026-03-02T12:00"));
        assertThat(outcome.earliestDue()).contains(at("2026-03-02T12:00"));
    }

    @Test
    void a_breach_is_recorded_and_escalates_the_complaint_to_the_level_its_severity_names() {
        Complaint c = dispatched();
        desk.advance(Duration.ofHours(3));
        Instant now = desk.clock.instant();

        Attention.Outcome outcome = monitor(AlertHours.ALWAYS).decide(attention(c, Optional.empty()), now);

        assertThat(outcome.alerts()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(ClockAlert.Kind.BREACH);
            assertThat(a.clock()).isEqualTo(ClockKind.FIRST_CONTACT);
            assertThat(a.round()).isEqualTo(1);
        });
        assertThat(outcome.status()).contains(ClockStatus.BREACHED);
        assertThat(outcome.complaint().version()).isEqualTo(c.version() + 1);
        ComplaintEvent supervised = outcome.complaint().newEvents().getLast();
        assertThat(supervised.type()).isEqualTo(EventType.SUPERVISED);
        assertThat(supervised.actor().userId()).isEqualTo(ClockMonitor.MONITOR);
        assertThat(supervised.details()).isEqualTo(new EventDetails.Supervised(Role.SUPERVISOR,
                SupervisionCause.CLOCK_BREACHED, Optional.of(ClockKind.FIRST_CONTACT)));
        assertThat(outcome.complaint().handling().oversight().supervision().orElseThrow().level()).isEqualTo(Role.SUPERVISOR);
    }

    @Test
    void a_complaint_already_supervised_is_not_escalated_again_but_its_breach_is_still_reported() {
        Complaint c = dispatched();
        desk.advance(Duration.ofHours(3));
        var monitor = monitor(AlertHours.ALWAYS);
        Complaint supervised = monitor.decide(attention(c, Optional.empty()), desk.clock.instant()).complaint();
        desk.store.update(supervised, new org.complaintdesk.application.request.IdempotencyKey(
                new org.complaintdesk.application.request.RequestId("monitor-1"), "Supervise", "fp"));
        Complaint stored = desk.store.findById(c.id()).orElseThrow();
        desk.advance(Duration.ofMinutes(5));

        Attention.Outcome again = monitor.decide(attention(stored, Optional.empty()), desk.clock.instant());

        assertThat(again.changedComplaint()).isFalse();
        assertThat(again.alerts()).anySatisfy(a -> assertThat(a.kind()).isEqualTo(ClockAlert.Kind.BREACH));
    }

    @Test
    void the_third_urge_escalates_a_complaint_whose_clocks_are_in_time() {
        Complaint urged = desk.urge(desk.urge(desk.urge(dispatched())));

        Attention.Outcome outcome = monitor(AlertHours.ALWAYS).decide(attention(urged, Optional.empty()),
                desk.clock.instant());

        assertThat(outcome.alerts()).isEmpty();
        assertThat(outcome.complaint().newEvents().getLast().details()).isInstanceOfSatisfying(
                EventDetails.Supervised.class, s -> assertThat(s.cause()).isEqualTo(SupervisionCause.REPEATED_URGES));
    }

    @Test
    void dues_that_moved_without_a_step_are_noted_on_the_timeline_and_those_a_step_moved_are_not() {
        Complaint c = dispatched();
        var monitor = monitor(AlertHours.ALWAYS);
        Map<ClockKind, Instant> dues = monitor.decide(attention(c, Optional.empty()), desk.clock.instant()).dues();
        var before = new java.util.EnumMap<ClockKind, Instant>(dues);
        before.put(ClockKind.REPLY, dues.get(ClockKind.REPLY).minus(Duration.ofDays(1)));

        Attention.Outcome sameVersion = monitor.decide(attention(c, Optional.of(new Attention.Recorded(c.version(),
                before))), desk.clock.instant());
        Attention.Outcome afterAStep = monitor.decide(attention(c, Optional.of(new Attention.Recorded(c.version() - 1,
                before))), desk.clock.instant());

        ComplaintEvent note = sameVersion.complaint().newEvents().getLast();
        assertThat(note.type()).isEqualTo(EventType.CLOCKS_RETIMED);
        assertThat(note.details()).isEqualTo(new EventDetails.ClocksRetimed(new DueChanges(Map.of(ClockKind.REPLY,
                new DueChanges.DueChange(Optional.of(before.get(ClockKind.REPLY)), Optional.of(dues.get(ClockKind.REPLY)))))));
        assertThat(afterAStep.changedComplaint()).isFalse();
    }

    @Test
    void an_alert_raised_after_office_hours_waits_for_the_next_working_morning() {
        Complaint c = dispatched();
        desk.advance(Duration.ofHours(10));

        Attention.Outcome outcome = monitor(AlertHours.office(LocalTime.of(8, 30), LocalTime.of(17, 30)))
                .decide(attention(c, Optional.empty()), desk.clock.instant());

        assertThat(outcome.alerts()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.raisedAt()).isEqualTo(at("2026-03-02T20:00"));
            assertThat(a.notifyAt()).isEqualTo(at("2026-03-03T08:30"));
        });
    }

    @Test
    void a_met_clock_asks_for_no_attention_and_a_closed_complaint_is_not_escalated() {
        Complaint c = dispatched();

        Attention.Outcome outcome = monitor(AlertHours.ALWAYS).decide(attention(c, Optional.empty()), desk.clock.instant());

        assertThat(outcome.nextAttention()).isPresent();
        assertThat(outcome.status()).contains(ClockStatus.ON_TIME);
        assertThat(outcome.dues()).containsKeys(ClockKind.FIRST_CONTACT, ClockKind.REPLY);
        assertThat(outcome.dues()).doesNotContainKeys(ClockKind.REGISTRATION, ClockKind.FORWARD_TO_DEPARTMENT);
    }
}
