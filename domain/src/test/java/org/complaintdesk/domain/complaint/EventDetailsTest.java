package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

/** The particulars of timeline entries: each kind holds what its step must say, and nothing reads them by key. */
class EventDetailsTest {
    private static final Instant AT = Instant.parse("2026-11-23T02:30:00Z");
    private static final Instant LATER = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void a_registration_without_its_ticket_number_is_refused() {
        assertThatThrownBy(() -> new EventDetails.Registered(null, ComplaintKind.COMPLAINT, Channel.HOTLINE,
                Severity.LEVEL_3, Priority.NORMAL)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_callback_takes_at_least_one_attempt() {
        assertThatThrownBy(() -> new EventDetails.CallbackRecorded(CallbackMethod.PHONE, 0, Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_urge_counts_at_least_one() {
        assertThatThrownBy(() -> new EventDetails.Urged(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_re_timing_names_at_least_one_clock() {
        assertThatThrownBy(() -> new EventDetails.ClocksRetimed(DueChanges.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_due_that_did_not_move_is_no_change() {
        assertThatThrownBy(() -> new DueChanges.DueChange(Optional.of(AT), Optional.of(AT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_due_change_reads_back_from_its_text_with_none_for_a_clock_that_started_or_stopped() {
        var started = new DueChanges.DueChange(Optional.empty(), Optional.of(AT));
        var moved = new DueChanges.DueChange(Optional.of(AT), Optional.of(LATER));

        assertThat(started.text()).isEqualTo("none -> 2026-11-23T02:30:00Z");
        assertThat(DueChanges.DueChange.parse(started.text())).isEqualTo(started);
        assertThat(DueChanges.DueChange.parse(moved.text())).isEqualTo(moved);
        assertThatThrownBy(() -> DueChanges.DueChange.parse("2026-11-23T02:30:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_lists_an_entry_holds_do_not_change_with_the_lists_it_was_given() {
        List<String> participants = new ArrayList<>(List.of("handler-lead"));
        var investigation = new EventDetails.InvestigationRecorded(InvestigationMethod.SITE_INSPECTION, AT,
                Optional.empty(), participants, List.of());
        participants.add("a stranger");

        assertThat(investigation.participants()).containsExactly("handler-lead");
        assertThatThrownBy(() -> investigation.participants().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void each_kind_of_particulars_names_its_event_type() {
        assertThat(new EventDetails.Accepted().type()).isEqualTo(EventType.ACCEPTED);
        assertThat(new EventDetails.ClocksRetimed(new DueChanges(Map.of(ClockKind.REPLY,
                new DueChanges.DueChange(Optional.empty(), Optional.of(AT))))).type()).isEqualTo(EventType.CLOCKS_RETIMED);
    }

    @Test
    void an_entry_keeps_particulars_of_its_own_type_only() {
        var actor = new Actor(new UserId("agent-7"), Role.AGENT, new OrgUnitId("gridco/east"));
        var accepted = new ComplaintEvent(new ComplaintId(new java.util.UUID(0, 1)), 2, actor, AT,
                Optional.of(ComplaintState.REGISTERED), ComplaintState.ACCEPTED, Optional.empty(), new EventDetails.Accepted());

        assertThat(accepted.type()).isEqualTo(EventType.ACCEPTED);
        assertThatThrownBy(() -> accepted.withDetails(new EventDetails.Archived()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
