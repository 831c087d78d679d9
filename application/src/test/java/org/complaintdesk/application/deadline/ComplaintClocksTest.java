package org.complaintdesk.application.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.application.deadline.DeadlineDesk.at;
import static org.complaintdesk.application.deadline.DeadlineDesk.clock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.application.port.out.ComplaintTimeline;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.deadline.ClockState;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.deadline.DeadlinePolicy;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.PauseReason;
import org.junit.jupiter.api.Test;

/** A stored complaint's clocks, computed when they are read, from its timeline in the register. */
class ComplaintClocksTest {
    private static final DeadlinePolicies SEED = DeadlinePolicies.seedForAll();

    @Test
    void a_letter_received_on_the_last_working_day_before_national_day_is_answered_by_the_end_of_13_october() {
        var desk = new DeadlineDesk("2026-09-30T10:00");
        Complaint letter = desk.register(Channel.LETTER, Duration.ofHours(1));

        ComplaintClock reply = clock(desk.clocks(SEED).current(letter), ClockKind.REPLY);

        // 002 ch.5 §2: 5 working days; 1-7 October are off, Saturday 10 October is a make-up working day.
        assertThat(reply.state()).isEqualTo(ClockState.RUNNING);
        assertThat(reply.startedAt()).isEqualTo(at("2026-09-30T09:00"));
        assertThat(reply.due()).isEqualTo(at("2026-10-14T00:00"));
        assertThat(reply.provisional()).isFalse();
    }

    @Test
    void the_reply_meets_the_reply_clock_and_starts_the_callback_and_the_review_window() {
        var desk = new DeadlineDesk("2026-09-30T10:00");
        Complaint resolved = desk.resolve(desk.dispatch(desk.accept(desk.register(Channel.LETTER, Duration.ofHours(1)))));
        desk.advance(Duration.ofDays(8));

        List<ComplaintClock> clocks = desk.clocks(SEED).current(desk.reply(resolved));

        assertThat(clock(clocks, ClockKind.REPLY).state()).isEqualTo(ClockState.MET);
        assertThat(clock(clocks, ClockKind.REPLY).metAt()).contains(at("2026-10-08T10:00"));
        assertThat(clock(clocks, ClockKind.REPLY).late()).isFalse();
        assertThat(clock(clocks, ClockKind.CALLBACK).due()).isEqualTo(at("2026-10-09T10:00"));
        assertThat(clock(clocks, ClockKind.REVIEW_WINDOW).due()).isEqualTo(at("2026-11-07T10:00"));
    }

    @Test
    void a_reply_after_its_due_is_met_late() {
        var desk = new DeadlineDesk("2026-09-30T10:00");
        Complaint resolved = desk.resolve(desk.dispatch(desk.accept(desk.register(Channel.LETTER, Duration.ofHours(1)))));
        desk.advance(Duration.ofDays(15));

        ComplaintClock reply = clock(desk.clocks(SEED).current(desk.reply(resolved)), ClockKind.REPLY);

        assertThat(reply.state()).isEqualTo(ClockState.MET);
        assertThat(reply.late()).isTrue();
    }

    @Test
    void a_limit_that_ran_out_unmet_is_breached_when_read() {
        var desk = new DeadlineDesk("2026-11-23T10:00");
        Complaint byPhone = desk.register(Channel.HOTLINE, Duration.ofMinutes(10));
        ComplaintClocks clocks = desk.clocks(SEED);
        assertThat(clock(clocks.current(byPhone), ClockKind.FORWARD_TO_DEPARTMENT).state()).isEqualTo(ClockState.RUNNING);

        desk.advance(Duration.ofHours(1));

        ComplaintClock forward = clock(clocks.current(byPhone), ClockKind.FORWARD_TO_DEPARTMENT);
        assertThat(forward.state()).isEqualTo(ClockState.BREACHED);
        assertThat(forward.late()).isTrue();
    }

    @Test
    void the_clocks_are_those_of_the_complaint_as_read_not_of_steps_taken_since() {
        var desk = new DeadlineDesk("2026-11-23T10:00");
        Complaint registered = desk.register(Channel.HOTLINE, Duration.ofMinutes(10));
        desk.accept(registered);

        ComplaintClock registration = clock(desk.clocks(SEED).current(registered), ClockKind.REGISTRATION);

        assertThat(registration.state()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void the_profile_of_the_complaints_unit_times_its_clocks() {
        var desk = new DeadlineDesk("2026-09-30T10:00");
        var stateGrid = DeadlinePolicies.parse("gridco=state-grid-commitment", DeadlinePolicy.shipped(),
                DeadlinePolicy.seedDefaults());
        Complaint registered = desk.register(Channel.LETTER, Duration.ofHours(1));
        assertThat(desk.clocks(stateGrid).current(registered)).extracting(ComplaintClock::kind)
                .doesNotContain(ClockKind.REPLY);

        ComplaintClock reply = clock(desk.clocks(stateGrid).current(desk.accept(registered)), ClockKind.REPLY);

        // The State Grid commitment: answered within 7 working days of acceptance.
        assertThat(reply.startedAt()).isEqualTo(at("2026-09-30T10:00"));
        assertThat(reply.due()).isEqualTo(at("2026-10-16T00:00"));
    }

    @Test
    void a_timeline_that_comes_in_short_pages_is_read_to_its_end() {
        var desk = new DeadlineDesk("2026-11-23T10:00");
        Complaint dispatched = desk.dispatch(desk.accept(desk.register(Channel.HOTLINE, Duration.ofMinutes(10))));
        Complaint read = desk.store.findById(dispatched.id()).orElseThrow();
        var reads = new AtomicInteger();
        ComplaintTimeline onePerPage = (id, after, limit) -> {
            reads.incrementAndGet();
            return desk.store.events(id, after, 1);
        };

        List<ComplaintClock> clocks = desk.clocks(onePerPage, SEED).current(read);

        assertThat(reads).hasValue(3);
        assertThat(clock(clocks, ClockKind.FORWARD_TO_DEPARTMENT).state()).isEqualTo(ClockState.MET);
        assertThat(clock(clocks, ClockKind.FIRST_CONTACT).state()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void a_complaint_a_step_just_changed_reads_only_the_entries_before_that_step() {
        var desk = new DeadlineDesk("2026-11-23T10:00");
        var asked = new ArrayList<Integer>();
        ComplaintTimeline counting = (id, after, limit) -> {
            asked.add(limit);
            return desk.store.events(id, after, limit);
        };
        ComplaintClocks clocks = desk.clocks(counting, SEED);

        Complaint registered = desk.register(Channel.HOTLINE, Duration.ofMinutes(10));
        assertThat(clock(clocks.current(registered), ClockKind.REGISTRATION).state()).isEqualTo(ClockState.RUNNING);
        assertThat(asked).as("a registration holds its whole timeline").isEmpty();

        Complaint accepted = desk.accept(registered);
        assertThat(clock(clocks.current(accepted), ClockKind.REGISTRATION).state()).isEqualTo(ClockState.MET);
        assertThat(asked).containsExactly(1);
    }

    @Test
    void a_letter_that_waited_two_working_days_on_the_complainant_is_answered_two_working_days_later() {
        var desk = new DeadlineDesk("2026-11-23T10:00");
        Complaint accepted = desk.accept(desk.register(Channel.LETTER, Duration.ofHours(1)));
        // Monday 23 November, 09:00: 5 working days run to the end of Monday 30 November.
        assertThat(clock(desk.clocks(SEED).current(accepted), ClockKind.REPLY).due()).isEqualTo(at("2026-12-01T00:00"));
        desk.advance(Duration.ofDays(1));
        Complaint waiting = desk.waitOnComplainant(accepted, PauseReason.MATERIALS_REQUESTED);

        desk.advance(Duration.ofDays(1));
        ComplaintClock paused = clock(desk.clocks(SEED).current(waiting), ClockKind.REPLY);
        desk.advance(Duration.ofDays(1));
        ComplaintClock resumed = clock(desk.clocks(SEED).current(desk.resume(waiting)), ClockKind.REPLY);

        assertThat(paused.pause()).hasValueSatisfying(p -> assertThat(p.reason()).isEqualTo(PauseReason.MATERIALS_REQUESTED));
        assertThat(resumed.pause()).isEmpty();
        assertThat(resumed.pausedTime()).isEqualTo(Duration.ofDays(2));
        assertThat(resumed.due()).isEqualTo(at("2026-12-03T00:00"));
    }

    @Test
    void a_limit_that_reaches_into_a_year_without_its_official_holidays_is_provisional() {
        var desk = new DeadlineDesk("2027-03-01T10:00");
        Complaint letter = desk.register(Channel.LETTER, Duration.ofHours(1));

        List<ComplaintClock> clocks = desk.clocks(SEED).current(letter);

        assertThat(clock(clocks, ClockKind.REPLY).provisional()).isTrue();
        // Hours run on the wall clock, whatever the calendar knows.
        assertThat(clock(clocks, ClockKind.FORWARD_TO_DEPARTMENT).provisional()).isFalse();
    }
}
