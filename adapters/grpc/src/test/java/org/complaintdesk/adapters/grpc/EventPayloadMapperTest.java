package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.ClockDueTimeChange;
import org.complaintdesk.api.v1.ClockExtensionRequest;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintAccepted;
import org.complaintdesk.api.v1.ComplaintArchived;
import org.complaintdesk.api.v1.ComplaintCallbackRecorded;
import org.complaintdesk.api.v1.ComplaintClocksRetimed;
import org.complaintdesk.api.v1.ComplaintClosed;
import org.complaintdesk.api.v1.ComplaintContactRecorded;
import org.complaintdesk.api.v1.ComplaintDeclined;
import org.complaintdesk.api.v1.ComplaintDispatchReturned;
import org.complaintdesk.api.v1.ComplaintDispatched;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.ComplaintExtensionApproved;
import org.complaintdesk.api.v1.ComplaintExtensionRejected;
import org.complaintdesk.api.v1.ComplaintExtensionRequested;
import org.complaintdesk.api.v1.ComplaintFindingRecorded;
import org.complaintdesk.api.v1.ComplaintInvestigationRecorded;
import org.complaintdesk.api.v1.ComplaintKind;
import org.complaintdesk.api.v1.ComplaintReclassified;
import org.complaintdesk.api.v1.ComplaintRedispatched;
import org.complaintdesk.api.v1.ComplaintRegistered;
import org.complaintdesk.api.v1.ComplaintReplied;
import org.complaintdesk.api.v1.ComplaintResolutionApproved;
import org.complaintdesk.api.v1.ComplaintResolutionProposed;
import org.complaintdesk.api.v1.ComplaintResolutionSentBack;
import org.complaintdesk.api.v1.ComplaintReviewConcluded;
import org.complaintdesk.api.v1.ComplaintReviewRequested;
import org.complaintdesk.api.v1.ComplaintSeverityChanged;
import org.complaintdesk.api.v1.ComplaintSupervised;
import org.complaintdesk.api.v1.ComplaintUrged;
import org.complaintdesk.api.v1.ComplaintWaitingEnded;
import org.complaintdesk.api.v1.ComplaintWaitingOnComplainant;
import org.complaintdesk.api.v1.ComplaintWithdrawn;
import org.complaintdesk.api.v1.ContactMethod;
import org.complaintdesk.api.v1.DeclineReason;
import org.complaintdesk.api.v1.Handling;
import org.complaintdesk.api.v1.InvestigationMethod;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.Priority;
import org.complaintdesk.api.v1.Remedy;
import org.complaintdesk.api.v1.RemedyKind;
import org.complaintdesk.api.v1.Responsibility;
import org.complaintdesk.api.v1.ReviewOutcome;
import org.complaintdesk.api.v1.Satisfaction;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.SupervisionCause;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.DueChanges;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

class EventPayloadMapperTest {
    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-27T16:00:00Z");
    private static final Instant WAIT = Instant.parse("2026-11-22T08:30:00Z");
    private static final DueChanges MOVED = new DueChanges(Map.of(
            ClockKind.REPLY, DueChanges.DueChange.parse("2026-11-25T16:00:00Z -> 2026-11-26T16:00:00Z"),
            ClockKind.FIRST_CONTACT, DueChanges.DueChange.parse("none -> 2026-11-23T04:00:00Z")));
    private static final List<ClockDueTimeChange> MOVED_CLOCKS = List.of(
            ClockDueTimeChange.newBuilder().setClock(Clock.Kind.KIND_FIRST_CONTACT)
                    .setDueTime(time("2026-11-23T04:00:00Z")).build(),
            ClockDueTimeChange.newBuilder().setClock(Clock.Kind.KIND_REPLY)
                    .setDueTimeBefore(time("2026-11-25T16:00:00Z")).setDueTime(time("2026-11-26T16:00:00Z")).build());
    private static final EventDetails.Assigned ASSIGNED = new EventDetails.Assigned(
            new OrgUnitId("gridco/east/metering"), new UserId("handler-lead"),
            List.of(new OrgUnitId("gridco/east/billing"), new OrgUnitId("gridco/west/grid")));
    private static final EventDetails.EndedWait ENDED_WAIT =
            new EventDetails.EndedWait(PauseReason.MATERIALS_REQUESTED, WAIT);
    private static final ComplaintWaitingEnded WAIT_ENDED = ComplaintWaitingEnded.newBuilder()
            .setReason(Clock.PauseReason.PAUSE_REASON_MATERIALS_REQUESTED).setStartTime(ProtoTime.toTimestamp(WAIT))
            .build();
    private static final EventDetails.DecidedRequest DECIDED = new EventDetails.DecidedRequest(ClockKind.REPLY, DUE,
            new Reason("lab test pending"), new UserId("handler-3"), WAIT, AT);
    private static final ClockExtensionRequest EXTENSION_REQUEST = ClockExtensionRequest.newBuilder()
            .setClock(Clock.Kind.KIND_REPLY).setNewDueTime(ProtoTime.toTimestamp(DUE)).setReason("lab test pending")
            .setComplainantToldTime(ProtoTime.toTimestamp(AT)).setRequestedBy("handler-3")
            .setRequestTime(ProtoTime.toTimestamp(WAIT)).build();

    /** One event of every kind, each with the payload the contract shows for it. */
    private static final java.util.UUID NOTICE = java.util.UUID.fromString("5b1f7c2a-9d3e-4a6b-8c0d-1e2f3a4b5c6d");
    /** A notice's payload names it as a resource of the event's complaint. */
    private static final String NOTICE_NAME = "complaints/" + Complaints.ID + "/notices/" + NOTICE;
    private static final Map<EventType, Example> ONE_OF_EACH = examples(
            new Example(new EventDetails.Registered(new TicketNumber("TS20261123000042"),
                    org.complaintdesk.domain.complaint.ComplaintKind.COMPLAINT,
                    org.complaintdesk.domain.complaint.Channel.HOTLINE,
                    org.complaintdesk.domain.complaint.Severity.LEVEL_2,
                    org.complaintdesk.domain.complaint.Priority.NORMAL),
                    payload().setRegistered(ComplaintRegistered.newBuilder().setTicketNumber("TS20261123000042")
                            .setKind(ComplaintKind.COMPLAINT_KIND_COMPLAINT).setChannel(Channel.CHANNEL_HOTLINE)
                            .setSeverity(Severity.SEVERITY_LEVEL_2).setPriority(Priority.PRIORITY_NORMAL))),
            new Example(new EventDetails.Accepted(), payload().setAccepted(ComplaintAccepted.getDefaultInstance())),
            new Example(new EventDetails.Declined(org.complaintdesk.domain.handling.DeclineReason.BEFORE_COURT_OR_ARBITRATION),
                    payload().setDeclined(ComplaintDeclined.newBuilder()
                            .setReason(DeclineReason.DECLINE_REASON_BEFORE_COURT_OR_ARBITRATION))),
            new Example(new EventDetails.Reclassified(org.complaintdesk.domain.complaint.UtilityDomain.ELECTRICITY,
                    org.complaintdesk.domain.complaint.UtilityDomain.HEATING,
                    org.complaintdesk.domain.complaint.Nature.BILLING, org.complaintdesk.domain.complaint.Nature.SAFETY,
                    new Topic("meter reading"), new Topic("radiator cold"), MOVED),
                    payload().setReclassified(ComplaintReclassified.newBuilder()
                            .setUtilityDomainBefore(UtilityDomain.UTILITY_DOMAIN_ELECTRICITY)
                            .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_HEATING)
                            .setNatureBefore(Nature.NATURE_BILLING).setNature(Nature.NATURE_SAFETY)
                            .setTopicBefore("meter reading").setTopic("radiator cold")
                            .addAllRetimedClocks(MOVED_CLOCKS))),
            new Example(new EventDetails.SeverityChanged(org.complaintdesk.domain.complaint.Severity.LEVEL_3,
                    org.complaintdesk.domain.complaint.Severity.LEVEL_1, org.complaintdesk.domain.complaint.Priority.NORMAL,
                    org.complaintdesk.domain.complaint.Priority.URGENT, DueChanges.none()),
                    payload().setSeverityChanged(ComplaintSeverityChanged.newBuilder()
                            .setSeverityBefore(Severity.SEVERITY_LEVEL_3).setSeverity(Severity.SEVERITY_LEVEL_1)
                            .setPriorityBefore(Priority.PRIORITY_NORMAL).setPriority(Priority.PRIORITY_URGENT))),
            new Example(new EventDetails.Dispatched(ASSIGNED), payload().setDispatched(ComplaintDispatched.newBuilder()
                    .setLeadDepartment("gridco/east/metering").setHandler("handler-lead")
                    .addCoHandlingDepartments("gridco/east/billing").addCoHandlingDepartments("gridco/west/grid"))),
            new Example(new EventDetails.DispatchReturned(new OrgUnitId("gridco/east/metering")),
                    payload().setDispatchReturned(ComplaintDispatchReturned.newBuilder()
                            .setReturnedByDepartment("gridco/east/metering"))),
            new Example(new EventDetails.Redispatched(new EventDetails.Assigned(new OrgUnitId("gridco/west/grid"),
                    new UserId("handler-2"), List.of())),
                    payload().setRedispatched(ComplaintRedispatched.newBuilder()
                            .setLeadDepartment("gridco/west/grid").setHandler("handler-2"))),
            new Example(new EventDetails.ContactRecorded(AT, org.complaintdesk.domain.handling.ContactMethod.PHONE,
                    Optional.of("王先生家下午两点前到场")),
                    payload().setContactRecorded(ComplaintContactRecorded.newBuilder()
                            .setContactTime(ProtoTime.toTimestamp(AT)).setMethod(ContactMethod.CONTACT_METHOD_PHONE)
                            .setPromise("王先生家下午两点前到场"))),
            new Example(new EventDetails.InvestigationRecorded(
                    org.complaintdesk.domain.handling.InvestigationMethod.SITE_INSPECTION, AT,
                    Optional.of("王先生家, 朝阳路 12 号"), List.of("王先生", "handler-lead"), List.of("photo-17", "doc-3")),
                    payload().setInvestigationRecorded(ComplaintInvestigationRecorded.newBuilder()
                            .setMethod(InvestigationMethod.INVESTIGATION_METHOD_SITE_INSPECTION)
                            .setConductTime(ProtoTime.toTimestamp(AT)).setPlace("王先生家, 朝阳路 12 号")
                            .addParticipants("王先生").addParticipants("handler-lead")
                            .addEvidence("photo-17").addEvidence("doc-3"))),
            new Example(new EventDetails.FindingRecorded(org.complaintdesk.domain.handling.Responsibility.THIRD_PARTY),
                    payload().setFindingRecorded(ComplaintFindingRecorded.newBuilder()
                            .setResponsibility(Responsibility.RESPONSIBILITY_THIRD_PARTY))),
            new Example(new EventDetails.ResolutionProposed(true, Optional.of(new org.complaintdesk.domain.handling.Remedy(
                    org.complaintdesk.domain.handling.RemedyKind.COMPENSATION, 3550))),
                    payload().setResolutionProposed(ComplaintResolutionProposed.newBuilder().setApprovalRequired(true)
                            .setRemedy(Remedy.newBuilder().setKind(RemedyKind.REMEDY_KIND_COMPENSATION)
                                    .setAmount(com.google.type.Money.newBuilder().setCurrencyCode("CNY").setUnits(35)
                                            .setNanos(500_000_000))))),
            new Example(new EventDetails.ResolutionApproved(),
                    payload().setResolutionApproved(ComplaintResolutionApproved.getDefaultInstance())),
            new Example(new EventDetails.ResolutionSentBack(),
                    payload().setResolutionSentBack(ComplaintResolutionSentBack.getDefaultInstance())),
            new Example(new EventDetails.Replied(org.complaintdesk.domain.handling.ContactMethod.LETTER),
                    payload().setReplied(ComplaintReplied.newBuilder().setChannel(ContactMethod.CONTACT_METHOD_LETTER))),
            new Example(new EventDetails.CallbackRecorded(CallbackMethod.PHONE, 3, Optional.empty(), false),
                    payload().setCallbackRecorded(ComplaintCallbackRecorded.newBuilder()
                            .setMethod(org.complaintdesk.api.v1.CallbackMethod.CALLBACK_METHOD_PHONE).setAttempts(3)
                            .setSatisfaction(Satisfaction.SATISFACTION_UNSPECIFIED).setUnreachable(true))),
            new Example(new EventDetails.ReviewRequested(DUE), payload().setReviewRequested(
                    ComplaintReviewRequested.newBuilder().setReviewWindowEndTime(ProtoTime.toTimestamp(DUE)))),
            new Example(new EventDetails.ReviewConcluded(org.complaintdesk.domain.handling.ReviewOutcome.CHANGED, true),
                    payload().setReviewConcluded(ComplaintReviewConcluded.newBuilder()
                            .setOutcome(ReviewOutcome.REVIEW_OUTCOME_CHANGED).setReopened(true))),
            new Example(new EventDetails.Withdrawn(Optional.of(ENDED_WAIT)),
                    payload().setWithdrawn(ComplaintWithdrawn.newBuilder().setEndedWait(WAIT_ENDED))),
            new Example(new EventDetails.Closed(ComplaintState.CALLED_BACK, Optional.empty()),
                    payload().setClosed(ComplaintClosed.newBuilder().setClosedFrom(Complaint.State.STATE_CALLED_BACK))),
            new Example(new EventDetails.Archived(), payload().setArchived(ComplaintArchived.getDefaultInstance())),
            new Example(new EventDetails.WaitingOnComplainant(PauseReason.SITE_VISIT_REFUSED),
                    payload().setWaitingOnComplainant(ComplaintWaitingOnComplainant.newBuilder()
                            .setReason(Clock.PauseReason.PAUSE_REASON_SITE_VISIT_REFUSED))),
            new Example(new EventDetails.WaitingEnded(ENDED_WAIT), payload().setWaitingEnded(WAIT_ENDED)),
            new Example(new EventDetails.Urged(2), payload().setUrged(ComplaintUrged.newBuilder().setUrgeCount(2))),
            new Example(new EventDetails.ExtensionRequested(ClockKind.REPLY, DUE, new Reason("lab test pending"), AT),
                    payload().setExtensionRequested(ComplaintExtensionRequested.newBuilder()
                            .setClock(Clock.Kind.KIND_REPLY).setNewDueTime(ProtoTime.toTimestamp(DUE))
                            .setReason("lab test pending").setComplainantToldTime(ProtoTime.toTimestamp(AT)))),
            new Example(new EventDetails.ExtensionApproved(DECIDED), payload().setExtensionApproved(
                    ComplaintExtensionApproved.newBuilder().setRequest(EXTENSION_REQUEST))),
            new Example(new EventDetails.ExtensionRejected(DECIDED), payload().setExtensionRejected(
                    ComplaintExtensionRejected.newBuilder().setRequest(EXTENSION_REQUEST))),
            new Example(new EventDetails.Supervised(Role.DIRECTOR,
                    org.complaintdesk.domain.handling.SupervisionCause.CLOCK_BREACHED, Optional.of(ClockKind.FIRST_CONTACT)),
                    payload().setSupervised(ComplaintSupervised.newBuilder()
                            .setLevel(Handling.Supervision.Level.LEVEL_DIRECTOR)
                            .setCause(SupervisionCause.SUPERVISION_CAUSE_CLOCK_BREACHED)
                            .setClock(Clock.Kind.KIND_FIRST_CONTACT))),
            new Example(new EventDetails.ClocksRetimed(MOVED), payload().setClocksRetimed(
                    ComplaintClocksRetimed.newBuilder().addAllRetimedClocks(MOVED_CLOCKS))),
            new Example(new EventDetails.NoticeDelivered(NOTICE), payload().setNoticeDelivered(
                    org.complaintdesk.api.v1.ComplaintNoticeDelivered.newBuilder().setNotice(NOTICE_NAME))),
            new Example(new EventDetails.NoticeFailed(NOTICE), payload().setNoticeFailed(
                    org.complaintdesk.api.v1.ComplaintNoticeFailed.newBuilder().setNotice(NOTICE_NAME))),
            new Example(new EventDetails.NoticeUnconfirmed(NOTICE, AT), payload().setNoticeUnconfirmed(
                    org.complaintdesk.api.v1.ComplaintNoticeUnconfirmed.newBuilder().setNotice(NOTICE_NAME)
                            .setConfirmTime(ProtoTime.toTimestamp(AT)))));

    @Test
    void every_event_type_sets_the_payload_field_of_its_own_name_and_number() {
        assertThat(ONE_OF_EACH.keySet()).containsExactlyInAnyOrder(EventType.values());
        for (EventType type : EventType.values()) {
            ComplaintEvent message = EventMapper.toMessage(event(ONE_OF_EACH.get(type).details()));

            assertThat(message.getPayloadCase().name()).as("payload of %s", type).isEqualTo(type.name());
            assertThat(message.getPayloadCase().getNumber()).as("field number of %s", type)
                    .isEqualTo(100 + message.getType().getNumber());
        }
    }

    @Test
    void every_event_type_carries_its_particulars_typed() {
        ONE_OF_EACH.forEach((type, example) -> assertThat(payloadOf(EventMapper.toMessage(event(example.details()))))
                .as("payload of %s", type).isEqualTo(example.payload()));
    }

    @Test
    void absent_particulars_leave_their_fields_unset() {
        assertThat(EventMapper.toMessage(event(new EventDetails.ContactRecorded(AT,
                org.complaintdesk.domain.handling.ContactMethod.WECHAT, Optional.empty()))).getContactRecorded().getPromise())
                .isEmpty();
        assertThat(EventMapper.toMessage(event(new EventDetails.ResolutionProposed(false, Optional.empty())))
                .getResolutionProposed().hasRemedy()).isFalse();
        assertThat(EventMapper.toMessage(event(new EventDetails.Withdrawn(Optional.empty()))).getWithdrawn()
                .hasEndedWait()).isFalse();
        assertThat(EventMapper.toMessage(event(new EventDetails.Supervised(Role.SUPERVISOR,
                org.complaintdesk.domain.handling.SupervisionCause.REPEATED_URGES, Optional.empty()))).getSupervised())
                .isEqualTo(ComplaintSupervised.newBuilder().setLevel(Handling.Supervision.Level.LEVEL_SUPERVISOR)
                        .setCause(SupervisionCause.SUPERVISION_CAUSE_REPEATED_URGES).build());
        assertThat(EventMapper.toMessage(event(new EventDetails.CallbackRecorded(CallbackMethod.VISIT, 1,
                Optional.of(org.complaintdesk.domain.handling.Satisfaction.UNSATISFIED), true))).getCallbackRecorded())
                .extracting(ComplaintCallbackRecorded::getSatisfaction, ComplaintCallbackRecorded::getUnreachable,
                        ComplaintCallbackRecorded::getReopened)
                .containsExactly(Satisfaction.SATISFACTION_UNSATISFIED, false, true);
    }

    @Test
    void a_caller_who_may_not_see_personal_data_reads_the_payloads_free_text_as_withheld() {
        ComplaintEvent contact = EventMapper.masked(toMessage(EventType.CONTACT_RECORDED));
        ComplaintEvent investigation = EventMapper.masked(toMessage(EventType.INVESTIGATION_RECORDED));

        assertThat(contact.getContactRecorded()).isEqualTo(ONE_OF_EACH.get(EventType.CONTACT_RECORDED).payload()
                .getContactRecorded().toBuilder().setPromise("***").build());
        assertThat(investigation.getInvestigationRecorded()).isEqualTo(ONE_OF_EACH.get(EventType.INVESTIGATION_RECORDED)
                .payload().getInvestigationRecorded().toBuilder().setPlace("***")
                .setParticipants(0, "***").setParticipants(1, "***").build());
        var withheld = EXTENSION_REQUEST.toBuilder().setReason("***").build();
        assertThat(EventMapper.masked(toMessage(EventType.EXTENSION_REQUESTED)).getExtensionRequested())
                .isEqualTo(ONE_OF_EACH.get(EventType.EXTENSION_REQUESTED).payload().getExtensionRequested().toBuilder()
                        .setReason("***").build());
        assertThat(EventMapper.masked(toMessage(EventType.EXTENSION_APPROVED)).getExtensionApproved().getRequest())
                .isEqualTo(withheld);
        assertThat(EventMapper.masked(toMessage(EventType.EXTENSION_REJECTED)).getExtensionRejected().getRequest())
                .isEqualTo(withheld);
    }

    @Test
    void masking_leaves_the_payloads_without_free_text_as_they_are() {
        ONE_OF_EACH.values().stream().filter(example -> !freeText(example.details()))
                .forEach(example -> assertThat(payloadOf(EventMapper.masked(EventMapper.toMessage(event(example.details())))))
                        .as("masked payload of %s", example.details().type()).isEqualTo(example.payload()));
    }

    private static boolean freeText(EventDetails details) {
        return Arrays.asList(EventType.CONTACT_RECORDED, EventType.INVESTIGATION_RECORDED, EventType.EXTENSION_REQUESTED,
                EventType.EXTENSION_APPROVED, EventType.EXTENSION_REJECTED).contains(details.type());
    }

    private static ComplaintEvent toMessage(EventType type) {
        return EventMapper.toMessage(event(ONE_OF_EACH.get(type).details()));
    }

    /** The event with every envelope field cleared: only its payload is left. */
    private static ComplaintEvent payloadOf(ComplaintEvent event) {
        var payload = ComplaintEvent.newBuilder();
        event.getAllFields().forEach((field, value) -> {
            if (field.getContainingOneof() != null) {
                payload.setField(field, value);
            }
        });
        return payload.build();
    }

    private static ComplaintEvent.Builder payload() {
        return ComplaintEvent.newBuilder();
    }

    private static Timestamp time(String instant) {
        return ProtoTime.toTimestamp(Instant.parse(instant));
    }

    private static org.complaintdesk.domain.complaint.ComplaintEvent event(EventDetails details) {
        var director = new Actor(new UserId("director-1"), Role.DIRECTOR, new OrgUnitId("OFFICE"));
        return new org.complaintdesk.domain.complaint.ComplaintEvent(Complaints.ID, 7, director, AT,
                Optional.of(ComplaintState.INVESTIGATING), ComplaintState.INVESTIGATING, Optional.of("王先生的电话"), details);
    }

    private static Map<EventType, Example> examples(Example... examples) {
        var byType = new EnumMap<EventType, Example>(EventType.class);
        for (Example example : examples) {
            byType.put(example.details().type(), example);
        }
        return byType;
    }

    private record Example(EventDetails details, ComplaintEvent payload) {
        Example(EventDetails details, ComplaintEvent.Builder payload) {
            this(details, payload.build());
        }
    }
}
