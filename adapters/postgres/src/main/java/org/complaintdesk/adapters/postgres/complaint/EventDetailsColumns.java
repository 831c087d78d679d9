package org.complaintdesk.adapters.postgres.complaint;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.DueChanges;
import org.complaintdesk.domain.complaint.EventDetails.Assigned;
import org.complaintdesk.domain.complaint.EventDetails.DecidedRequest;
import org.complaintdesk.domain.complaint.EventDetails.EndedWait;
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

/**
 * The one place where a timeline entry's particulars meet the {@code details} column: the typed
 * record as the object of text values every version of the service has written (snake_case keys,
 * enums by their domain name, times in ISO-8601, lists joined), and back. Optional values are left
 * out when absent, and a flag is written only when set, as before; so old rows read back unchanged.
 */
final class EventDetailsColumns {
    static final String UNREACHABLE = "UNREACHABLE";
    private static final String RETIMED = "retimed.";
    private static final String DEPARTMENTS = ",";
    private static final String ITEMS = "; ";

    private EventDetailsColumns() {
    }

    static Map<String, String> write(EventDetails details) {
        var out = new Out();
        switch (details) {
            case EventDetails.Registered r -> out.put("ticket_number", r.ticketNumber().value()).put("kind", r.kind())
                    .put("channel", r.channel()).put("severity", r.severity()).put("priority", r.priority());
            case EventDetails.Accepted a -> { }
            case EventDetails.Declined d -> out.put("decline_reason", d.reason());
            case EventDetails.Reclassified r -> out.put("utility_domain_before", r.utilityDomainBefore())
                    .put("utility_domain", r.utilityDomain()).put("nature_before", r.natureBefore()).put("nature", r.nature())
                    .put("topic_before", r.topicBefore().value()).put("topic", r.topic().value())
                    .retimed(RETIMED, r.retimed());
            case EventDetails.SeverityChanged s -> out.put("severity_before", s.severityBefore())
                    .put("severity", s.severity()).put("priority_before", s.priorityBefore()).put("priority", s.priority())
                    .retimed(RETIMED, s.retimed());
            case EventDetails.Dispatched d -> out.assigned(d.assigned());
            case EventDetails.DispatchReturned r -> out.put("returned_by_department", r.returnedByDepartment().value());
            case EventDetails.Redispatched r -> out.assigned(r.assigned());
            case EventDetails.ContactRecorded c -> out.put("contact_time", c.contactTime()).put("method", c.method())
                    .optional("promise", c.promise());
            case EventDetails.InvestigationRecorded i -> out.put("method", i.method())
                    .put("conduct_time", i.conductTime()).optional("place", i.place())
                    .list("participants", i.participants(), ITEMS).list("evidence", i.evidence(), ITEMS);
            case EventDetails.FindingRecorded f -> out.put("responsibility", f.responsibility());
            case EventDetails.ResolutionProposed p -> {
                out.put("approval_required", p.approvalRequired());
                p.remedy().ifPresent(r -> out.put("remedy_kind", r.kind()).put("remedy_amount_fen", r.amountFen()));
            }
            case EventDetails.ResolutionApproved a -> { }
            case EventDetails.ResolutionSentBack s -> { }
            case EventDetails.Replied r -> out.put("channel", r.channel());
            case EventDetails.CallbackRecorded c -> out.put("method", c.method()).put("attempts", c.attempts())
                    .put("satisfaction", c.satisfaction().map(Enum::name).orElse(UNREACHABLE)).flag("reopened", c.reopened());
            case EventDetails.ReviewRequested r -> out.put("review_deadline", r.reviewDeadline());
            case EventDetails.ReviewConcluded r -> out.put("outcome", r.outcome()).flag("reopened", r.reopened());
            case EventDetails.Withdrawn w -> out.endedWait(w.endedWait());
            case EventDetails.Closed c -> out.put("closed_from", c.closedFrom()).endedWait(c.endedWait());
            case EventDetails.Archived a -> { }
            case EventDetails.WaitingOnComplainant w -> out.put("waiting_reason", w.reason());
            case EventDetails.WaitingEnded w -> out.endedWait(Optional.of(w.endedWait()));
            case EventDetails.Urged u -> out.put("urge_count", u.urgeCount());
            case EventDetails.ExtensionRequested r -> out.put("clock", r.clock()).put("new_due", r.newDue())
                    .put("reason", r.reason().value()).put("complainant_told_at", r.complainantToldAt());
            case EventDetails.ExtensionApproved a -> out.decided(a.request());
            case EventDetails.ExtensionRejected r -> out.decided(r.request());
            case EventDetails.Supervised s -> out.put("level", s.level()).put("cause", s.cause())
                    .optional("clock", s.clock().map(Enum::name));
            case EventDetails.ClocksRetimed r -> out.retimed("", r.changes());
            case EventDetails.NoticeDelivered d -> out.put("notice", d.notice());
            case EventDetails.NoticeFailed f -> out.put("notice", f.notice());
            case EventDetails.NoticeUnconfirmed u -> out.put("notice", u.notice()).put("confirm_by", u.confirmBy());
        }
        return out.map;
    }

    static EventDetails read(EventType type, Map<String, String> details) {
        var in = new In(details);
        return switch (type) {
            case REGISTERED -> new EventDetails.Registered(new TicketNumber(in.text("ticket_number")),
                    in.value("kind", ComplaintKind.class), in.value("channel", Channel.class),
                    in.value("severity", Severity.class), in.value("priority", Priority.class));
            case ACCEPTED -> new EventDetails.Accepted();
            case DECLINED -> new EventDetails.Declined(in.value("decline_reason", DeclineReason.class));
            case RECLASSIFIED -> new EventDetails.Reclassified(in.value("utility_domain_before", UtilityDomain.class),
                    in.value("utility_domain", UtilityDomain.class), in.value("nature_before", Nature.class),
                    in.value("nature", Nature.class), new Topic(in.text("topic_before")), new Topic(in.text("topic")),
                    in.retimed(RETIMED));
            case SEVERITY_CHANGED -> new EventDetails.SeverityChanged(in.value("severity_before", Severity.class),
                    in.value("severity", Severity.class), in.value("priority_before", Priority.class),
                    in.value("priority", Priority.class), in.retimed(RETIMED));
            case DISPATCHED -> new EventDetails.Dispatched(in.assigned());
            case DISPATCH_RETURNED -> new EventDetails.DispatchReturned(new OrgUnitId(in.text("returned_by_department")));
            case REDISPATCHED -> new EventDetails.Redispatched(in.assigned());
            case CONTACT_RECORDED -> new EventDetails.ContactRecorded(in.instant("contact_time"),
                    in.value("method", ContactMethod.class), in.optional("promise"));
            case INVESTIGATION_RECORDED -> new EventDetails.InvestigationRecorded(
                    in.value("method", InvestigationMethod.class), in.instant("conduct_time"), in.optional("place"),
                    in.list("participants", ITEMS, Function.identity()), in.list("evidence", ITEMS, Function.identity()));
            case FINDING_RECORDED -> new EventDetails.FindingRecorded(in.value("responsibility", Responsibility.class));
            case RESOLUTION_PROPOSED -> new EventDetails.ResolutionProposed(in.flag("approval_required"),
                    in.optional("remedy_kind").map(kind -> new Remedy(RemedyKind.valueOf(kind),
                            Long.parseLong(in.text("remedy_amount_fen")))));
            case RESOLUTION_APPROVED -> new EventDetails.ResolutionApproved();
            case RESOLUTION_SENT_BACK -> new EventDetails.ResolutionSentBack();
            case REPLIED -> new EventDetails.Replied(in.value("channel", ContactMethod.class));
            case CALLBACK_RECORDED -> new EventDetails.CallbackRecorded(in.value("method", CallbackMethod.class),
                    Integer.parseInt(in.text("attempts")), in.optional("satisfaction")
                    .filter(s -> !s.equals(UNREACHABLE)).map(Satisfaction::valueOf), in.flag("reopened"));
            case REVIEW_REQUESTED -> new EventDetails.ReviewRequested(in.instant("review_deadline"));
            case REVIEW_CONCLUDED -> new EventDetails.ReviewConcluded(in.value("outcome", ReviewOutcome.class),
                    in.flag("reopened"));
            case WITHDRAWN -> new EventDetails.Withdrawn(in.endedWait());
            case CLOSED -> new EventDetails.Closed(in.value("closed_from", ComplaintState.class), in.endedWait());
            case ARCHIVED -> new EventDetails.Archived();
            case WAITING_ON_COMPLAINANT -> new EventDetails.WaitingOnComplainant(in.value("waiting_reason", PauseReason.class));
            case WAITING_ENDED -> new EventDetails.WaitingEnded(in.endedWait().orElseThrow(() -> In.missing("waiting_reason")));
            case URGED -> new EventDetails.Urged(Integer.parseInt(in.text("urge_count")));
            case EXTENSION_REQUESTED -> new EventDetails.ExtensionRequested(in.value("clock", ClockKind.class),
                    in.instant("new_due"), new Reason(in.text("reason")), in.instant("complainant_told_at"));
            case EXTENSION_APPROVED -> new EventDetails.ExtensionApproved(in.decided());
            case EXTENSION_REJECTED -> new EventDetails.ExtensionRejected(in.decided());
            case SUPERVISED -> new EventDetails.Supervised(in.value("level", Role.class),
                    in.value("cause", SupervisionCause.class), in.optional("clock").map(ClockKind::valueOf));
            case CLOCKS_RETIMED -> new EventDetails.ClocksRetimed(in.retimed(""));
            case NOTICE_DELIVERED -> new EventDetails.NoticeDelivered(UUID.fromString(in.text("notice")));
            case NOTICE_FAILED -> new EventDetails.NoticeFailed(UUID.fromString(in.text("notice")));
            case NOTICE_UNCONFIRMED -> new EventDetails.NoticeUnconfirmed(UUID.fromString(in.text("notice")),
                    in.instant("confirm_by"));
        };
    }

    /** The column's object as it is written, in the order the step's particulars are declared. */
    private static final class Out {
        private final Map<String, String> map = new LinkedHashMap<>();

        Out put(String key, Object value) {
            map.put(key, value instanceof Enum<?> e ? e.name() : String.valueOf(value));
            return this;
        }

        Out optional(String key, Optional<String> value) {
            value.ifPresent(v -> map.put(key, v));
            return this;
        }

        Out flag(String key, boolean set) {
            return set ? put(key, true) : this;
        }

        Out list(String key, List<String> items, String separator) {
            return items.isEmpty() ? this : put(key, String.join(separator, items));
        }

        Out assigned(Assigned assigned) {
            return put("lead_department", assigned.leadDepartment().value()).put("handler", assigned.handler().value())
                    .list("co_handling_departments",
                            assigned.coHandlingDepartments().stream().map(OrgUnitId::value).toList(), DEPARTMENTS);
        }

        Out endedWait(Optional<EndedWait> ended) {
            ended.ifPresent(wait -> put("waiting_reason", wait.reason()).put("waiting_since", wait.since()));
            return this;
        }

        Out decided(DecidedRequest request) {
            return put("clock", request.clock()).put("new_due", request.newDue()).put("reason", request.reason().value())
                    .put("requested_by", request.requestedBy().value()).put("requested_at", request.requestedAt())
                    .put("complainant_told_at", request.complainantToldAt());
        }

        Out retimed(String prefix, DueChanges changes) {
            changes.changes().forEach((clock, change) -> put(prefix + clock.name(), change.text()));
            return this;
        }
    }

    /** The column's object as read: a required key that is missing names itself, never the values. */
    private record In(Map<String, String> map) {
        String text(String key) {
            return optional(key).orElseThrow(() -> missing(key));
        }

        Optional<String> optional(String key) {
            return Optional.ofNullable(map.get(key));
        }

        <E extends Enum<E>> E value(String key, Class<E> type) {
            return Enum.valueOf(type, text(key));
        }

        Instant instant(String key) {
            return Instant.parse(text(key));
        }

        boolean flag(String key) {
            return optional(key).map(Boolean::parseBoolean).orElse(false);
        }

        <T> List<T> list(String key, String separator, Function<String, T> item) {
            return optional(key).map(text -> Arrays.stream(text.split(separator, -1)).map(item).toList())
                    .orElse(List.of());
        }

        Assigned assigned() {
            return new Assigned(new OrgUnitId(text("lead_department")), new UserId(text("handler")),
                    list("co_handling_departments", DEPARTMENTS, OrgUnitId::new));
        }

        Optional<EndedWait> endedWait() {
            return optional("waiting_reason")
                    .map(reason -> new EndedWait(PauseReason.valueOf(reason), instant("waiting_since")));
        }

        DecidedRequest decided() {
            return new DecidedRequest(value("clock", ClockKind.class), instant("new_due"), new Reason(text("reason")),
                    new UserId(text("requested_by")), instant("requested_at"), instant("complainant_told_at"));
        }

        /** The clocks named by key ({@code prefix} and the clock's name); other keys are other particulars. */
        DueChanges retimed(String prefix) {
            Map<ClockKind, DueChanges.DueChange> changes = new EnumMap<>(ClockKind.class);
            for (ClockKind clock : ClockKind.values()) {
                optional(prefix + clock.name()).ifPresent(text -> changes.put(clock, DueChanges.DueChange.parse(text)));
            }
            return new DueChanges(changes);
        }

        static IllegalStateException missing(String key) {
            return new IllegalStateException("a timeline entry's details lack " + key);
        }
    }
}
