package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.DueChanges;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.Priority;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.RemedyKind;
import org.complaintdesk.domain.handling.Responsibility;
import org.complaintdesk.domain.handling.ReviewOutcome;
import org.complaintdesk.domain.handling.Satisfaction;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The details column: every kind of particulars reads back as written, and rows in the column's format read typed. */
class EventDetailsColumnsTest {
    private static final Instant T1 = Instant.parse("2026-11-23T02:30:00Z");
    private static final Instant T2 = Instant.parse("2026-11-25T09:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-20T01:15:30.123456Z");
    private static final DueChanges MOVED = new DueChanges(Map.of(
            ClockKind.REPLY, new DueChanges.DueChange(Optional.of(T1), Optional.of(T2)),
            ClockKind.FIRST_CONTACT, new DueChanges.DueChange(Optional.empty(), Optional.of(T3))));
    private static final EventDetails.Assigned ASSIGNED = new EventDetails.Assigned(new OrgUnitId("gridco/east/metering"),
            new UserId("handler-lead"), List.of(new OrgUnitId("gridco/east/billing"), new OrgUnitId("gridco/west/grid")));
    private static final EventDetails.DecidedRequest REQUEST = new EventDetails.DecidedRequest(ClockKind.REPLY, T2,
            new Reason("the meter goes to the lab"), new UserId("agent-7"), T1, T3);

    private static final java.util.UUID NOTICE = java.util.UUID.fromString("7f0c5a1e-3b2d-4c8e-9a6f-0e1d2c3b4a59");

    static List<EventDetails> everyKind() {
        return List.of(
                new EventDetails.Registered(new TicketNumber("TS20261123000042"), ComplaintKind.COMPLAINT, Channel.HOTLINE,
                        Severity.LEVEL_3, Priority.NORMAL),
                new EventDetails.Accepted(),
                new EventDetails.Declined(DeclineReason.BEFORE_COURT_OR_ARBITRATION),
                new EventDetails.Reclassified(UtilityDomain.ELECTRICITY, UtilityDomain.HEATING, Nature.BILLING,
                        Nature.SERVICE_QUALITY, new Topic("estimated meter reading"), new Topic("radiators cold"), MOVED),
                new EventDetails.SeverityChanged(Severity.LEVEL_3, Severity.LEVEL_1, Priority.NORMAL, Priority.URGENT,
                        DueChanges.none()),
                new EventDetails.Dispatched(ASSIGNED),
                new EventDetails.DispatchReturned(new OrgUnitId("gridco/east/metering")),
                new EventDetails.Redispatched(new EventDetails.Assigned(new OrgUnitId("gridco/west/grid"),
                        new UserId("handler-other"), List.of())),
                new EventDetails.ContactRecorded(T1, ContactMethod.WECHAT, Optional.of("周三上午到达。")),
                new EventDetails.InvestigationRecorded(InvestigationMethod.SITE_INSPECTION, T1, Optional.of("meter room"),
                        List.of("handler-lead", "the complainant"), List.of("photo-1", "photo-2")),
                new EventDetails.FindingRecorded(Responsibility.THIRD_PARTY),
                new EventDetails.ResolutionProposed(true, Optional.of(new Remedy(RemedyKind.COMPENSATION, 5000))),
                new EventDetails.ResolutionApproved(),
                new EventDetails.ResolutionSentBack(),
                new EventDetails.Replied(ContactMethod.LETTER),
                new EventDetails.CallbackRecorded(CallbackMethod.PHONE, 2, Optional.of(Satisfaction.UNSATISFIED), true),
                new EventDetails.ReviewRequested(T2),
                new EventDetails.ReviewConcluded(ReviewOutcome.CHANGED, true),
                new EventDetails.Withdrawn(Optional.of(new EventDetails.EndedWait(PauseReason.COMPLAINANT_UNREACHABLE, T1))),
                new EventDetails.Closed(ComplaintState.CALLED_BACK, Optional.empty()),
                new EventDetails.Archived(),
                new EventDetails.WaitingOnComplainant(PauseReason.MATERIALS_REQUESTED),
                new EventDetails.WaitingEnded(new EventDetails.EndedWait(PauseReason.SITE_VISIT_REFUSED, T3)),
                new EventDetails.Urged(2),
                new EventDetails.ExtensionRequested(ClockKind.REPLY, T2, new Reason("the meter goes to the lab"), T1),
                new EventDetails.ExtensionApproved(REQUEST),
                new EventDetails.ExtensionRejected(REQUEST),
                new EventDetails.Supervised(Role.SUPERVISOR, SupervisionCause.CLOCK_BREACHED, Optional.of(ClockKind.FIRST_CONTACT)),
                new EventDetails.ClocksRetimed(MOVED),
                new EventDetails.NoticeDelivered(NOTICE),
                new EventDetails.NoticeFailed(NOTICE),
                new EventDetails.NoticeUnconfirmed(NOTICE, T1));
    }

    @Test
    void a_notice_report_names_the_notice_by_its_id() {
        assertThat(EventDetailsColumns.write(new EventDetails.NoticeUnconfirmed(NOTICE, T1))).containsExactly(
                Map.entry("notice", NOTICE.toString()), Map.entry("confirm_by", T1.toString()));
    }

    @Test
    void the_samples_cover_every_event_type() {
        assertThat(everyKind().stream().map(EventDetails::type)).containsExactlyInAnyOrder(EventType.values());
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void particulars_of_every_kind_read_back_as_written(EventDetails details) {
        assertThat(EventDetailsColumns.read(details.type(), EventDetailsColumns.write(details))).isEqualTo(details);
    }

    @Test
    void a_registration_is_written_with_the_keys_and_spellings_the_column_has_always_held() {
        assertThat(EventDetailsColumns.write(everyKind().getFirst())).containsExactly(
                Map.entry("ticket_number", "TS20261123000042"), Map.entry("kind", "COMPLAINT"),
                Map.entry("channel", "HOTLINE"), Map.entry("severity", "LEVEL_3"), Map.entry("priority", "NORMAL"));
    }

    @Test
    void a_callback_in_the_columns_format_reads_typed_with_unreachable_as_no_satisfaction_and_no_flag_as_not_reopened() {
        assertThat(EventDetailsColumns.read(EventType.CALLBACK_RECORDED,
                Map.of("method", "PHONE", "attempts", "3", "satisfaction", "UNREACHABLE")))
                .isEqualTo(new EventDetails.CallbackRecorded(CallbackMethod.PHONE, 3, Optional.empty(), false));
    }

    @Test
    void clocks_a_step_moved_are_read_from_retimed_keys_and_a_retiming_entry_from_plain_clock_keys() {
        assertThat(EventDetailsColumns.read(EventType.SEVERITY_CHANGED, Map.of("severity_before", "LEVEL_3",
                "severity", "LEVEL_1", "priority_before", "NORMAL", "priority", "URGENT",
                "retimed.FIRST_CONTACT", "2026-11-23T02:30:00Z -> none")))
                .isEqualTo(new EventDetails.SeverityChanged(Severity.LEVEL_3, Severity.LEVEL_1, Priority.NORMAL,
                        Priority.URGENT, new DueChanges(Map.of(ClockKind.FIRST_CONTACT,
                        new DueChanges.DueChange(Optional.of(T1), Optional.empty())))));
        assertThat(EventDetailsColumns.write(new EventDetails.ClocksRetimed(MOVED))).containsExactly(
                Map.entry("FIRST_CONTACT", "none -> 2026-11-20T01:15:30.123456Z"),
                Map.entry("REPLY", "2026-11-23T02:30:00Z -> 2026-11-25T09:00:00Z"));
    }

    @Test
    void a_withdrawal_and_an_investigation_without_their_optional_keys_read_with_nothing_in_their_place() {
        assertThat(EventDetailsColumns.read(EventType.WITHDRAWN, Map.of()))
                .isEqualTo(new EventDetails.Withdrawn(Optional.empty()));
        assertThat(EventDetailsColumns.read(EventType.INVESTIGATION_RECORDED,
                Map.of("method", "DOCUMENT_REVIEW", "conduct_time", "2026-11-23T02:30:00Z")))
                .isEqualTo(new EventDetails.InvestigationRecorded(InvestigationMethod.DOCUMENT_REVIEW, T1,
                        Optional.empty(), List.of(), List.of()));
    }

    @Test
    void a_row_that_lacks_a_required_key_names_the_key_and_none_of_the_values() {
        assertThatThrownBy(() -> EventDetailsColumns.read(EventType.CONTACT_RECORDED,
                Map.of("method", "PHONE", "promise", "call me at home")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("contact_time")
                .hasMessageNotContaining("call me at home");
    }

    @Test
    void keys_of_no_particular_are_ignored() {
        assertThat(EventDetailsColumns.read(EventType.URGED, Map.of("urge_count", "1", "SOMETHING_NEW", "x")))
                .isEqualTo(new EventDetails.Urged(1));
        assertThat(Arrays.stream(EventType.values())).hasSize(32);
    }
}
