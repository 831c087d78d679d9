package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.Responsibility;
import org.complaintdesk.domain.handling.ReviewOutcome;
import org.complaintdesk.domain.handling.Satisfaction;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/**
 * The particulars of one timeline entry: one record per {@link EventType}, with the domain's own
 * values, so the steps that write them and the clocks that read them agree by type, not by key.
 */
public sealed interface EventDetails {

    /** The kind of event these particulars belong to. */
    EventType type();

    /** A step whose effect on the clocks its use case notes afterwards (a severity change, a reclassification). */
    sealed interface Retiming extends EventDetails {
        DueChanges retimed();

        /** The same particulars, naming the clocks the step moved. */
        Retiming withRetimed(DueChanges retimed);
    }

    record Registered(TicketNumber ticketNumber, ComplaintKind kind, Channel channel, Severity severity,
                      Priority priority) implements EventDetails {
        public Registered {
            required(ticketNumber, kind, channel, severity, priority);
        }

        public EventType type() {
            return EventType.REGISTERED;
        }
    }

    record Accepted() implements EventDetails {
        public EventType type() {
            return EventType.ACCEPTED;
        }
    }

    record Declined(DeclineReason reason) implements EventDetails {
        public Declined {
            required(reason);
        }

        public EventType type() {
            return EventType.DECLINED;
        }
    }

    record Reclassified(UtilityDomain utilityDomainBefore, UtilityDomain utilityDomain, Nature natureBefore,
                        Nature nature, Topic topicBefore, Topic topic, DueChanges retimed) implements Retiming {
        public Reclassified {
            required(utilityDomainBefore, utilityDomain, natureBefore, nature, topicBefore, topic, retimed);
        }

        public EventType type() {
            return EventType.RECLASSIFIED;
        }

        public Reclassified withRetimed(DueChanges moved) {
            return new Reclassified(utilityDomainBefore, utilityDomain, natureBefore, nature, topicBefore, topic, moved);
        }
    }

    record SeverityChanged(Severity severityBefore, Severity severity, Priority priorityBefore, Priority priority,
                           DueChanges retimed) implements Retiming {
        public SeverityChanged {
            required(severityBefore, severity, priorityBefore, priority, retimed);
        }

        public EventType type() {
            return EventType.SEVERITY_CHANGED;
        }

        public SeverityChanged withRetimed(DueChanges moved) {
            return new SeverityChanged(severityBefore, severity, priorityBefore, priority, moved);
        }
    }

    /** Who has the complaint after a dispatch or a redispatch. */
    record Assigned(OrgUnitId leadDepartment, UserId handler, List<OrgUnitId> coHandlingDepartments) {
        public Assigned {
            required(leadDepartment, handler);
            coHandlingDepartments = List.copyOf(coHandlingDepartments);
        }
    }

    record Dispatched(Assigned assigned) implements EventDetails {
        public Dispatched {
            required(assigned);
        }

        public EventType type() {
            return EventType.DISPATCHED;
        }
    }

    record DispatchReturned(OrgUnitId returnedByDepartment) implements EventDetails {
        public DispatchReturned {
            required(returnedByDepartment);
        }

        public EventType type() {
            return EventType.DISPATCH_RETURNED;
        }
    }

    record Redispatched(Assigned assigned) implements EventDetails {
        public Redispatched {
            required(assigned);
        }

        public EventType type() {
            return EventType.REDISPATCHED;
        }
    }

    /** The promise is the complainant's words as the handler noted them: free text. */
    record ContactRecorded(Instant contactTime, ContactMethod method, Optional<String> promise) implements EventDetails {
        public ContactRecorded {
            required(contactTime, method, promise);
        }

        public EventType type() {
            return EventType.CONTACT_RECORDED;
        }
    }

    /** Place and participants are free text; the evidence names what was gathered. */
    record InvestigationRecorded(InvestigationMethod method, Instant conductTime, Optional<String> place,
                                 List<String> participants, List<String> evidence) implements EventDetails {
        public InvestigationRecorded {
            required(method, conductTime, place);
            participants = List.copyOf(participants);
            evidence = List.copyOf(evidence);
        }

        public EventType type() {
            return EventType.INVESTIGATION_RECORDED;
        }
    }

    record FindingRecorded(Responsibility responsibility) implements EventDetails {
        public FindingRecorded {
            required(responsibility);
        }

        public EventType type() {
            return EventType.FINDING_RECORDED;
        }
    }

    record ResolutionProposed(boolean approvalRequired, Optional<Remedy> remedy) implements EventDetails {
        public ResolutionProposed {
            required(remedy);
        }

        public EventType type() {
            return EventType.RESOLUTION_PROPOSED;
        }
    }

    record ResolutionApproved() implements EventDetails {
        public EventType type() {
            return EventType.RESOLUTION_APPROVED;
        }
    }

    record ResolutionSentBack() implements EventDetails {
        public EventType type() {
            return EventType.RESOLUTION_SENT_BACK;
        }
    }

    record Replied(ContactMethod channel) implements EventDetails {
        public Replied {
            required(channel);
        }

        public EventType type() {
            return EventType.REPLIED;
        }
    }

    /** No satisfaction means the complainant was not reached within the attempts. */
    record CallbackRecorded(CallbackMethod method, int attempts, Optional<Satisfaction> satisfaction,
                            boolean reopened) implements EventDetails {
        public CallbackRecorded {
            required(method, satisfaction);
            if (attempts < 1) {
                throw new IllegalArgumentException("a callback takes at least one attempt, was " + attempts);
            }
        }

        public EventType type() {
            return EventType.CALLBACK_RECORDED;
        }
    }

    record ReviewRequested(Instant reviewDeadline) implements EventDetails {
        public ReviewRequested {
            required(reviewDeadline);
        }

        public EventType type() {
            return EventType.REVIEW_REQUESTED;
        }
    }

    record ReviewConcluded(ReviewOutcome outcome, boolean reopened) implements EventDetails {
        public ReviewConcluded {
            required(outcome);
        }

        public EventType type() {
            return EventType.REVIEW_CONCLUDED;
        }
    }

    /** A wait on the complainant that a step ended: why it was, and since when. */
    record EndedWait(PauseReason reason, Instant since) {
        public EndedWait {
            required(reason, since);
        }
    }

    record Withdrawn(Optional<EndedWait> endedWait) implements EventDetails {
        public Withdrawn {
            required(endedWait);
        }

        public EventType type() {
            return EventType.WITHDRAWN;
        }
    }

    record Closed(ComplaintState closedFrom, Optional<EndedWait> endedWait) implements EventDetails {
        public Closed {
            required(closedFrom, endedWait);
        }

        public EventType type() {
            return EventType.CLOSED;
        }
    }

    record Archived() implements EventDetails {
        public EventType type() {
            return EventType.ARCHIVED;
        }
    }

    record WaitingOnComplainant(PauseReason reason) implements EventDetails {
        public WaitingOnComplainant {
            required(reason);
        }

        public EventType type() {
            return EventType.WAITING_ON_COMPLAINANT;
        }
    }

    record WaitingEnded(EndedWait endedWait) implements EventDetails {
        public WaitingEnded {
            required(endedWait);
        }

        public EventType type() {
            return EventType.WAITING_ENDED;
        }
    }

    record Urged(int urgeCount) implements EventDetails {
        public Urged {
            if (urgeCount < 1) {
                throw new IllegalArgumentException("an urge counts at least one, was " + urgeCount);
            }
        }

        public EventType type() {
            return EventType.URGED;
        }
    }

    /** The reason is free text the complainant may be quoted in. */
    record ExtensionRequested(ClockKind clock, Instant newDue, Reason reason, Instant complainantToldAt)
            implements EventDetails {
        public ExtensionRequested {
            required(clock, newDue, reason, complainantToldAt);
        }

        public EventType type() {
            return EventType.EXTENSION_REQUESTED;
        }
    }

    /** The request a decision answers: the clocks read approved extensions from it. */
    record DecidedRequest(ClockKind clock, Instant newDue, Reason reason, UserId requestedBy, Instant requestedAt,
                          Instant complainantToldAt) {
        public DecidedRequest {
            required(clock, newDue, reason, requestedBy, requestedAt, complainantToldAt);
        }
    }

    record ExtensionApproved(DecidedRequest request) implements EventDetails {
        public ExtensionApproved {
            required(request);
        }

        public EventType type() {
            return EventType.EXTENSION_APPROVED;
        }
    }

    record ExtensionRejected(DecidedRequest request) implements EventDetails {
        public ExtensionRejected {
            required(request);
        }

        public EventType type() {
            return EventType.EXTENSION_REJECTED;
        }
    }

    /** The level is the role that supervises. */
    record Supervised(Role level, SupervisionCause cause, Optional<ClockKind> clock) implements EventDetails {
        public Supervised {
            required(level, cause, clock);
        }

        public EventType type() {
            return EventType.SUPERVISED;
        }
    }

    record ClocksRetimed(DueChanges changes) implements EventDetails {
        public ClocksRetimed {
            required(changes);
            if (changes.isEmpty()) {
                throw new IllegalArgumentException("a re-timing names at least one clock");
            }
        }

        public EventType type() {
            return EventType.CLOCKS_RETIMED;
        }
    }

    /** A gateway delivered a notice to the complainant; the notice is named by its id. */
    record NoticeDelivered(UUID notice) implements EventDetails {
        public NoticeDelivered {
            required(notice);
        }

        public EventType type() {
            return EventType.NOTICE_DELIVERED;
        }
    }

    /** A gateway could not deliver a notice; why, in the gateway's words, is the entry's note. */
    record NoticeFailed(UUID notice) implements EventDetails {
        public NoticeFailed {
            required(notice);
        }

        public EventType type() {
            return EventType.NOTICE_FAILED;
        }
    }

    /** No gateway reported on a notice by the time it was to be confirmed. */
    record NoticeUnconfirmed(UUID notice, Instant confirmBy) implements EventDetails {
        public NoticeUnconfirmed {
            required(notice, confirmBy);
        }

        public EventType type() {
            return EventType.NOTICE_UNCONFIRMED;
        }
    }

    private static void required(Object... fields) {
        for (Object field : fields) {
            Objects.requireNonNull(field, "a timeline entry's particulars lack a required value");
        }
    }
}
