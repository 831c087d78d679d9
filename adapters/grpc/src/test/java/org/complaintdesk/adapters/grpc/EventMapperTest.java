package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.api.v1.Actor;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.Role;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.EventType;
import org.junit.jupiter.api.Test;

class EventMapperTest {
    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void an_event_shows_its_name_type_actor_time_states_and_note() {
        ComplaintEvent message = EventMapper.toMessage(event(5, EventType.RESOLUTION_APPROVED, Map.of()));

        assertThat(message).isEqualTo(ComplaintEvent.newBuilder()
                .setName("complaints/3f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60/events/5")
                .setType(ComplaintEvent.Type.TYPE_RESOLUTION_APPROVED)
                .setActor(Actor.newBuilder().setUserId("director-1").setRole(Role.ROLE_DIRECTOR).setOrgUnit("OFFICE"))
                .setOccurTime(ProtoTime.toTimestamp(AT))
                .setStateBefore(Complaint.State.STATE_RESOLUTION_PROPOSED)
                .setStateAfter(Complaint.State.STATE_RESOLVED)
                .setNote("approved")
                .build());
    }

    @Test
    void a_key_that_means_different_enums_is_spelled_by_the_event_type() {
        assertThat(EventMapper.toMessage(event(2, EventType.REGISTERED, Map.of("channel", "HOTLINE"))).getDetailsMap())
                .containsEntry("channel", "CHANNEL_HOTLINE");
        assertThat(EventMapper.toMessage(event(7, EventType.REPLIED, Map.of("channel", "PHONE"))).getDetailsMap())
                .containsEntry("channel", "CONTACT_METHOD_PHONE");
        assertThat(EventMapper.toMessage(event(3, EventType.CONTACT_RECORDED, Map.of("method", "WECHAT"))).getDetailsMap())
                .containsEntry("method", "CONTACT_METHOD_WECHAT");
        assertThat(EventMapper.toMessage(event(4, EventType.INVESTIGATION_RECORDED, Map.of("method", "TECHNICAL_TEST")))
                .getDetailsMap()).containsEntry("method", "INVESTIGATION_METHOD_TECHNICAL_TEST");
        assertThat(EventMapper.toMessage(event(8, EventType.CALLBACK_RECORDED, Map.of("method", "VISIT"))).getDetailsMap())
                .containsEntry("method", "CALLBACK_METHOD_VISIT");
    }

    @Test
    void enum_details_take_the_api_spelling_and_other_values_stay_as_written() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("satisfaction", "UNREACHABLE");
        details.put("attempts", "3");
        details.put("severity_before", "LEVEL_3");
        details.put("closed_from", "CALLED_BACK");
        details.put("waiting_reason", "COMPLAINANT_UNREACHABLE");
        details.put("remedy_amount_fen", "3550");
        details.put("topic", "LEVEL_3");

        ComplaintEvent message = EventMapper.toMessage(event(9, EventType.CALLBACK_RECORDED, details));

        assertThat(message.getDetailsMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "satisfaction", "UNREACHABLE",
                "attempts", "3",
                "severity_before", "SEVERITY_LEVEL_3",
                "closed_from", "STATE_CALLED_BACK",
                "waiting_reason", "PAUSE_REASON_COMPLAINANT_UNREACHABLE",
                "remedy_amount_fen", "3550",
                "topic", "LEVEL_3"));
    }

    @Test
    void the_extension_and_supervision_details_take_the_api_spelling() {
        Map<String, String> extension = Map.of("clock", "REPLY", "new_due", "2026-11-27T16:00:00Z",
                "reason", "lab test", "requested_by", "handler-3");
        Map<String, String> supervision = Map.of("level", "DIRECTOR", "cause", "CLOCK_BREACHED",
                "clock", "FIRST_CONTACT");

        assertThat(EventMapper.toMessage(event(10, EventType.EXTENSION_APPROVED, extension)))
                .satisfies(message -> {
                    assertThat(message.getType()).isEqualTo(ComplaintEvent.Type.TYPE_EXTENSION_APPROVED);
                    assertThat(message.getDetailsMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                            "clock", "KIND_REPLY", "new_due", "2026-11-27T16:00:00Z",
                            "reason", "lab test", "requested_by", "handler-3"));
                });
        assertThat(EventMapper.toMessage(event(11, EventType.SUPERVISED, supervision)).getDetailsMap())
                .containsExactlyInAnyOrderEntriesOf(Map.of("level", "LEVEL_DIRECTOR",
                        "cause", "SUPERVISION_CAUSE_CLOCK_BREACHED", "clock", "KIND_FIRST_CONTACT"));
        assertThat(EventMapper.toMessage(event(12, EventType.SUPERVISED, Map.of("level", "AUDITOR"))).getDetailsMap())
                .containsEntry("level", "AUDITOR");
    }

    @Test
    void a_re_timed_clock_is_named_by_its_api_value_in_the_key() {
        String moved = "2026-11-25T16:00:00Z -> 2026-11-26T16:00:00Z";

        assertThat(EventMapper.toMessage(event(13, EventType.CLOCKS_RETIMED, Map.of("REPLY", moved,
                "FIRST_CONTACT", "none -> 2026-11-23T04:00:00Z", "SOMETHING_NEW", "x"))).getDetailsMap())
                .containsExactlyInAnyOrderEntriesOf(Map.of("retimed.KIND_REPLY", moved,
                        "retimed.KIND_FIRST_CONTACT", "none -> 2026-11-23T04:00:00Z", "SOMETHING_NEW", "x"));
        assertThat(EventMapper.toMessage(event(14, EventType.SEVERITY_CHANGED, Map.of("severity", "LEVEL_1",
                "retimed.REPLY", moved))).getDetailsMap())
                .containsExactlyInAnyOrderEntriesOf(Map.of("severity", "SEVERITY_LEVEL_1", "retimed.KIND_REPLY", moved));
    }

    @Test
    void the_registration_has_no_state_before() {
        var registered = new org.complaintdesk.domain.complaint.ComplaintEvent(Complaints.ID, 1, EventType.REGISTERED,
                StepMappingTest.HANDLER, AT, Optional.empty(), ComplaintState.REGISTERED, Optional.empty(), Map.of());

        ComplaintEvent message = EventMapper.toMessage(registered);

        assertThat(message.getStateBefore()).isEqualTo(Complaint.State.STATE_UNSPECIFIED);
        assertThat(message.getNote()).isEmpty();
    }

    @Test
    void a_masked_entry_withholds_its_note_and_the_details_written_in_free_words_and_keeps_the_rest() {
        ComplaintEvent full = EventMapper.toMessage(event(15, EventType.CONTACT_RECORDED, Map.of(
                "contact_time", "2026-11-23T02:00:00Z", "method", "PHONE", "promise", "王先生家下午两点前到场")));

        ComplaintEvent masked = EventMapper.masked(full);

        assertThat(masked.getNote()).isEqualTo("***");
        assertThat(masked.getDetailsMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "contact_time", "2026-11-23T02:00:00Z", "method", "CONTACT_METHOD_PHONE", "promise", "***"));
        assertThat(masked.toBuilder().clearNote().clearDetails().build())
                .isEqualTo(full.toBuilder().clearNote().clearDetails().build());
    }

    private static org.complaintdesk.domain.complaint.ComplaintEvent event(long sequence, EventType type,
                                                                            Map<String, String> details) {
        var director = new org.complaintdesk.domain.organisation.Actor(
                new org.complaintdesk.domain.organisation.UserId("director-1"),
                org.complaintdesk.domain.organisation.Role.DIRECTOR,
                new org.complaintdesk.domain.organisation.OrgUnitId("OFFICE"));
        return new org.complaintdesk.domain.complaint.ComplaintEvent(Complaints.ID, sequence, type, director, AT,
                Optional.of(ComplaintState.RESOLUTION_PROPOSED), ComplaintState.RESOLVED, Optional.of("approved"), details);
    }
}
