package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.api.v1.Actor;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.ComplaintResolutionApproved;
import org.complaintdesk.api.v1.Role;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.DueChanges;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.Priority;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.RemedyKind;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

class EventMapperTest {
    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-27T16:00:00Z");

    @Test
    void an_event_shows_its_name_type_actor_time_states_and_note() {
        ComplaintEvent message = EventMapper.toMessage(event(5, new EventDetails.ResolutionApproved()));

        assertThat(message).isEqualTo(ComplaintEvent.newBuilder()
                .setName("complaints/3f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60/events/5")
                .setType(ComplaintEvent.Type.TYPE_RESOLUTION_APPROVED)
                .setActor(Actor.newBuilder().setUserId("director-1").setRole(Role.ROLE_DIRECTOR).setOrgUnit("OFFICE"))
                .setOccurTime(ProtoTime.toTimestamp(AT))
                .setStateBefore(Complaint.State.STATE_RESOLUTION_PROPOSED)
                .setStateAfter(Complaint.State.STATE_RESOLVED)
                .setNote("approved")
                .setResolutionApproved(ComplaintResolutionApproved.getDefaultInstance())
                .build());
    }

    @Test
    void a_registration_shows_its_particulars_by_the_api_names_of_their_values() {
        var registered = new EventDetails.Registered(new TicketNumber("TS20261123000042"), ComplaintKind.COMPLAINT,
                Channel.HOTLINE, Severity.LEVEL_3, Priority.NORMAL);

        assertThat(details(registered)).containsExactlyInAnyOrderEntriesOf(Map.of("ticket_number", "TS20261123000042",
                "kind", "COMPLAINT_KIND_COMPLAINT", "channel", "CHANNEL_HOTLINE", "severity", "SEVERITY_LEVEL_3",
                "priority", "PRIORITY_NORMAL"));
    }

    @Test
    void a_key_that_means_different_enums_is_spelled_by_the_event_type() {
        assertThat(details(new EventDetails.Replied(ContactMethod.PHONE))).containsEntry("channel", "CONTACT_METHOD_PHONE");
        assertThat(details(new EventDetails.ContactRecorded(AT, ContactMethod.WECHAT, Optional.empty())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("contact_time", "2026-11-23T02:00:00Z",
                        "method", "CONTACT_METHOD_WECHAT"));
        assertThat(details(new EventDetails.InvestigationRecorded(InvestigationMethod.TECHNICAL_TEST, AT,
                Optional.of("meter room"), List.of("handler-lead", "the complainant"), List.of())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("method", "INVESTIGATION_METHOD_TECHNICAL_TEST",
                        "conduct_time", "2026-11-23T02:00:00Z", "place", "meter room",
                        "participants", "handler-lead; the complainant"));
        assertThat(details(new EventDetails.CallbackRecorded(CallbackMethod.VISIT, 1, Optional.empty(), false)))
                .containsEntry("method", "CALLBACK_METHOD_VISIT");
    }

    @Test
    void an_unreached_complainant_reads_unreachable_and_a_reopening_is_flagged() {
        assertThat(details(new EventDetails.CallbackRecorded(CallbackMethod.PHONE, 3, Optional.empty(), false)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("method", "CALLBACK_METHOD_PHONE", "attempts", "3",
                        "satisfaction", "UNREACHABLE"));
        assertThat(details(new EventDetails.CallbackRecorded(CallbackMethod.PHONE, 2,
                Optional.of(org.complaintdesk.domain.handling.Satisfaction.UNSATISFIED), true)))
                .containsEntry("satisfaction", "SATISFACTION_UNSATISFIED").containsEntry("reopened", "true");
    }

    @Test
    void a_closing_and_a_proposal_show_their_enums_by_api_names_and_amounts_as_written() {
        assertThat(details(new EventDetails.Closed(ComplaintState.CALLED_BACK,
                Optional.of(new EventDetails.EndedWait(PauseReason.COMPLAINANT_UNREACHABLE, AT)))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("closed_from", "STATE_CALLED_BACK",
                        "waiting_reason", "PAUSE_REASON_COMPLAINANT_UNREACHABLE", "waiting_since", "2026-11-23T02:00:00Z"));
        assertThat(details(new EventDetails.ResolutionProposed(true, Optional.of(new Remedy(RemedyKind.COMPENSATION, 3550)))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("approval_required", "true",
                        "remedy_kind", "REMEDY_KIND_COMPENSATION", "remedy_amount_fen", "3550"));
    }

    @Test
    void the_extension_and_supervision_details_take_the_api_spelling() {
        var request = new EventDetails.DecidedRequest(ClockKind.REPLY, DUE, new Reason("lab test"),
                new UserId("handler-3"), AT, AT);

        assertThat(EventMapper.toMessage(event(10, new EventDetails.ExtensionApproved(request))))
                .satisfies(message -> {
                    assertThat(message.getType()).isEqualTo(ComplaintEvent.Type.TYPE_EXTENSION_APPROVED);
                    assertThat(message.getDetailsMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                            "clock", "KIND_REPLY", "new_due", "2026-11-27T16:00:00Z", "reason", "lab test",
                            "requested_by", "handler-3", "requested_at", "2026-11-23T02:00:00Z",
                            "complainant_told_at", "2026-11-23T02:00:00Z"));
                });
        assertThat(details(new EventDetails.Supervised(org.complaintdesk.domain.organisation.Role.DIRECTOR,
                SupervisionCause.CLOCK_BREACHED, Optional.of(ClockKind.FIRST_CONTACT))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("level", "LEVEL_DIRECTOR",
                        "cause", "SUPERVISION_CAUSE_CLOCK_BREACHED", "clock", "KIND_FIRST_CONTACT"));
        assertThat(details(new EventDetails.Supervised(org.complaintdesk.domain.organisation.Role.AUDITOR,
                SupervisionCause.CLOCK_BREACHED, Optional.empty()))).containsEntry("level", "AUDITOR");
    }

    @Test
    void a_re_timed_clock_is_named_by_its_api_value_in_the_key() {
        var moved = new DueChanges(Map.of(
                ClockKind.REPLY, DueChanges.DueChange.parse("2026-11-25T16:00:00Z -> 2026-11-26T16:00:00Z"),
                ClockKind.FIRST_CONTACT, DueChanges.DueChange.parse("none -> 2026-11-23T04:00:00Z")));

        assertThat(details(new EventDetails.ClocksRetimed(moved))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "retimed.KIND_REPLY", "2026-11-25T16:00:00Z -> 2026-11-26T16:00:00Z",
                "retimed.KIND_FIRST_CONTACT", "none -> 2026-11-23T04:00:00Z"));
        assertThat(details(new EventDetails.SeverityChanged(Severity.LEVEL_3, Severity.LEVEL_1, Priority.NORMAL,
                Priority.URGENT, moved)))
                .containsEntry("severity", "SEVERITY_LEVEL_1").containsEntry("priority_before", "PRIORITY_NORMAL")
                .containsEntry("retimed.KIND_REPLY", "2026-11-25T16:00:00Z -> 2026-11-26T16:00:00Z");
    }

    @Test
    void a_dispatch_names_its_departments_and_handler() {
        assertThat(details(new EventDetails.Dispatched(new EventDetails.Assigned(new OrgUnitId("gridco/east/metering"),
                new UserId("handler-lead"), List.of(new OrgUnitId("gridco/east/billing"), new OrgUnitId("gridco/west/grid"))))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("lead_department", "gridco/east/metering",
                        "handler", "handler-lead", "co_handling_departments", "gridco/east/billing,gridco/west/grid"));
    }

    @Test
    void the_registration_has_no_state_before() {
        var registered = new org.complaintdesk.domain.complaint.ComplaintEvent(Complaints.ID, 1,
                StepMappingTest.HANDLER, AT, Optional.empty(), ComplaintState.REGISTERED, Optional.empty(),
                new EventDetails.Registered(new TicketNumber("TS20261123000042"), ComplaintKind.COMPLAINT,
                        Channel.HOTLINE, Severity.LEVEL_3, Priority.NORMAL));

        ComplaintEvent message = EventMapper.toMessage(registered);

        assertThat(message.getStateBefore()).isEqualTo(Complaint.State.STATE_UNSPECIFIED);
        assertThat(message.getNote()).isEmpty();
    }

    @Test
    void a_masked_entry_withholds_its_note_and_the_details_written_in_free_words_and_keeps_the_rest() {
        ComplaintEvent full = EventMapper.toMessage(event(15, new EventDetails.ContactRecorded(AT, ContactMethod.PHONE,
                Optional.of("王先生家下午两点前到场"))));

        ComplaintEvent masked = EventMapper.masked(full);

        assertThat(masked.getNote()).isEqualTo("***");
        assertThat(masked.getDetailsMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "contact_time", "2026-11-23T02:00:00Z", "method", "CONTACT_METHOD_PHONE", "promise", "***"));
        assertThat(masked.getContactRecorded().getPromise()).isEqualTo("***");
        assertThat(masked.toBuilder().clearNote().clearDetails().clearPayload().build())
                .isEqualTo(full.toBuilder().clearNote().clearDetails().clearPayload().build());
    }

    @Test
    void a_masked_extension_request_withholds_its_reason() {
        ComplaintEvent full = EventMapper.toMessage(event(16, new EventDetails.ExtensionRequested(ClockKind.REPLY, DUE,
                new Reason("王先生住院"), AT)));

        assertThat(EventMapper.masked(full).getDetailsMap()).containsEntry("reason", "***")
                .containsEntry("clock", "KIND_REPLY");
    }

    private static Map<String, String> details(EventDetails details) {
        return EventMapper.toMessage(event(20, details)).getDetailsMap();
    }

    private static org.complaintdesk.domain.complaint.ComplaintEvent event(long sequence, EventDetails details) {
        var director = new org.complaintdesk.domain.organisation.Actor(
                new UserId("director-1"), org.complaintdesk.domain.organisation.Role.DIRECTOR, new OrgUnitId("OFFICE"));
        return new org.complaintdesk.domain.complaint.ComplaintEvent(Complaints.ID, sequence, director, AT,
                Optional.of(ComplaintState.RESOLUTION_PROPOSED), ComplaintState.RESOLVED, Optional.of("approved"), details);
    }
}
