package org.complaintdesk.adapters.grpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.complaintdesk.api.v1.Handling;
import org.complaintdesk.domain.complaint.DueChanges;
import org.complaintdesk.domain.complaint.EventDetails.Assigned;
import org.complaintdesk.domain.complaint.EventDetails.DecidedRequest;
import org.complaintdesk.domain.complaint.EventDetails.EndedWait;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;

/**
 * A timeline entry's particulars as the contract's {@code ComplaintEvent.details} map: keys in
 * snake_case as documented per type, enum values by their API names ({@code CHANNEL_HOTLINE}),
 * times in ISO-8601, lists joined. A clock a step moved is keyed {@code retimed.KIND_<CLOCK>}.
 */
final class EventDetailsMapper {
    /** Details written in free words, masked like the contract's free-text fields. */
    static final List<String> FREE_TEXT = List.of("promise", "place", "participants", "reason");
    /** A callback that did not reach the complainant: the contract's word, no enum value. */
    static final String UNREACHABLE = "UNREACHABLE";

    private EventDetailsMapper() {
    }

    static Map<String, String> details(EventDetails details) {
        var out = new Out();
        switch (details) {
            case EventDetails.Registered r -> out.put("ticket_number", r.ticketNumber().value())
                    .put("kind", ProtoEnums.KIND.toProto(r.kind())).put("channel", ProtoEnums.CHANNEL.toProto(r.channel()))
                    .put("severity", ProtoEnums.SEVERITY.toProto(r.severity()))
                    .put("priority", ProtoEnums.PRIORITY.toProto(r.priority()));
            case EventDetails.Accepted a -> { }
            case EventDetails.Declined d -> out.put("decline_reason", ProtoEnums.DECLINE_REASON.toProto(d.reason()));
            case EventDetails.Reclassified r -> out
                    .put("utility_domain_before", ProtoEnums.UTILITY_DOMAIN.toProto(r.utilityDomainBefore()))
                    .put("utility_domain", ProtoEnums.UTILITY_DOMAIN.toProto(r.utilityDomain()))
                    .put("nature_before", ProtoEnums.NATURE.toProto(r.natureBefore()))
                    .put("nature", ProtoEnums.NATURE.toProto(r.nature()))
                    .put("topic_before", r.topicBefore().value()).put("topic", r.topic().value()).retimed(r.retimed());
            case EventDetails.SeverityChanged s -> out
                    .put("severity_before", ProtoEnums.SEVERITY.toProto(s.severityBefore()))
                    .put("severity", ProtoEnums.SEVERITY.toProto(s.severity()))
                    .put("priority_before", ProtoEnums.PRIORITY.toProto(s.priorityBefore()))
                    .put("priority", ProtoEnums.PRIORITY.toProto(s.priority())).retimed(s.retimed());
            case EventDetails.Dispatched d -> out.assigned(d.assigned());
            case EventDetails.DispatchReturned r -> out.put("returned_by_department", r.returnedByDepartment().value());
            case EventDetails.Redispatched r -> out.assigned(r.assigned());
            case EventDetails.ContactRecorded c -> out.put("contact_time", c.contactTime())
                    .put("method", ProtoEnums.CONTACT_METHOD.toProto(c.method())).put("promise", c.promise());
            case EventDetails.InvestigationRecorded i -> out
                    .put("method", ProtoEnums.INVESTIGATION_METHOD.toProto(i.method())).put("conduct_time", i.conductTime())
                    .put("place", i.place()).joined("participants", "; ", i.participants())
                    .joined("evidence", "; ", i.evidence());
            case EventDetails.FindingRecorded f -> out.put("responsibility", ProtoEnums.RESPONSIBILITY.toProto(f.responsibility()));
            case EventDetails.ResolutionProposed p -> {
                out.put("approval_required", p.approvalRequired());
                p.remedy().ifPresent(r -> out.put("remedy_kind", ProtoEnums.REMEDY_KIND.toProto(r.kind()))
                        .put("remedy_amount_fen", r.amountFen()));
            }
            case EventDetails.ResolutionApproved a -> { }
            case EventDetails.ResolutionSentBack s -> { }
            case EventDetails.Replied r -> out.put("channel", ProtoEnums.CONTACT_METHOD.toProto(r.channel()));
            case EventDetails.CallbackRecorded c -> out.put("method", ProtoEnums.CALLBACK_METHOD.toProto(c.method()))
                    .put("attempts", c.attempts())
                    .put("satisfaction", c.satisfaction().<Object>map(ProtoEnums.SATISFACTION::toProto).orElse(UNREACHABLE))
                    .flag("reopened", c.reopened());
            case EventDetails.ReviewRequested r -> out.put("review_deadline", r.reviewDeadline());
            case EventDetails.ReviewConcluded r -> out.put("outcome", ProtoEnums.REVIEW_OUTCOME.toProto(r.outcome()))
                    .flag("reopened", r.reopened());
            case EventDetails.Withdrawn w -> out.endedWait(w.endedWait());
            case EventDetails.Closed c -> out.put("closed_from", ProtoEnums.STATE.toProto(c.closedFrom()))
                    .endedWait(c.endedWait());
            case EventDetails.Archived a -> { }
            case EventDetails.WaitingOnComplainant w -> out.put("waiting_reason", ProtoEnums.PAUSE_REASON.toProto(w.reason()));
            case EventDetails.WaitingEnded w -> out.endedWait(Optional.of(w.endedWait()));
            case EventDetails.Urged u -> out.put("urge_count", u.urgeCount());
            case EventDetails.ExtensionRequested r -> out.put("clock", ProtoEnums.CLOCK_KIND.toProto(r.clock()))
                    .put("new_due", r.newDue()).put("reason", r.reason().value())
                    .put("complainant_told_at", r.complainantToldAt());
            case EventDetails.ExtensionApproved a -> out.decided(a.request());
            case EventDetails.ExtensionRejected r -> out.decided(r.request());
            case EventDetails.Supervised s -> out.put("level", level(s.level()))
                    .put("cause", ProtoEnums.SUPERVISION_CAUSE.toProto(s.cause()))
                    .put("clock", s.clock().map(ProtoEnums.CLOCK_KIND::toProto));
            case EventDetails.ClocksRetimed r -> out.retimed(r.changes());
            case EventDetails.NoticeDelivered d -> out.put("notice", d.notice());
            case EventDetails.NoticeFailed f -> out.put("notice", f.notice());
            case EventDetails.NoticeUnconfirmed u -> out.put("notice", u.notice()).put("confirm_by", u.confirmBy());
        }
        return out.map;
    }

    /** A supervision's level is a role the domain names, and Handling.Supervision.Level in the API. */
    private static String level(Role role) {
        var level = HandlingMapper.level(role);
        return level == Handling.Supervision.Level.LEVEL_UNSPECIFIED ? role.name() : level.name();
    }

    /** The map being spelled: an absent value, an empty list and an unset flag leave their key out. */
    private static final class Out {
        private final Map<String, String> map = new LinkedHashMap<>();

        Out put(String key, Object value) {
            switch (value) {
                case Optional<?> maybe -> maybe.ifPresent(present -> put(key, present));
                case Enum<?> constant -> map.put(key, constant.name());
                default -> map.put(key, String.valueOf(value));
            }
            return this;
        }

        Out flag(String key, boolean set) {
            return put(key, set ? Optional.of(true) : Optional.empty());
        }

        Out joined(String key, String separator, List<?> items) {
            return put(key, items.isEmpty() ? Optional.empty()
                    : Optional.of(items.stream().map(String::valueOf).collect(Collectors.joining(separator))));
        }

        Out assigned(Assigned assigned) {
            return put("lead_department", assigned.leadDepartment().value()).put("handler", assigned.handler().value())
                    .joined("co_handling_departments", ",",
                            assigned.coHandlingDepartments().stream().map(OrgUnitId::value).toList());
        }

        Out endedWait(Optional<EndedWait> ended) {
            ended.ifPresent(wait -> put("waiting_reason", ProtoEnums.PAUSE_REASON.toProto(wait.reason()))
                    .put("waiting_since", wait.since()));
            return this;
        }

        Out decided(DecidedRequest request) {
            return put("clock", ProtoEnums.CLOCK_KIND.toProto(request.clock())).put("new_due", request.newDue())
                    .put("reason", request.reason().value()).put("requested_by", request.requestedBy().value())
                    .put("requested_at", request.requestedAt()).put("complainant_told_at", request.complainantToldAt());
        }

        Out retimed(DueChanges changes) {
            changes.changes().forEach((clock, change) ->
                    put("retimed." + ProtoEnums.CLOCK_KIND.toProto(clock).name(), change.text()));
            return this;
        }
    }
}
