package org.complaintdesk.application.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.application.calendar.CurrentCalendar;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Priority;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.SeverityPolicy;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.deadline.ClockBook;
import org.complaintdesk.domain.deadline.ClockFacts;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The clocks a complaint would start at its registration, and when each runs out, before it is
 * registered: a hotline agent can promise the caller a time on the phone. The clocks are those a
 * registration starts (registration, forwarding, the reply, the first follow-up, by the rules for
 * the facts given); clocks that later steps start, such as the callback, are not yet running.
 */
public final class PreviewDeadlines {
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    /** Far enough for any planning; a preview beyond it would count on calendar years nobody knows. */
    public static final Duration MAX_DISTANCE = Duration.ofDays(366);

    /** Nobody registers a preview: its one timeline entry is written by no one in particular. */
    private static final ComplaintId NO_COMPLAINT = new ComplaintId(new UUID(0, 0));
    private static final UserId PREVIEW = new UserId("preview");
    /** A preview registers nothing: no ticket is drawn and no queue place given; the clocks read neither. */
    private static final TicketNumber NO_TICKET = new TicketNumber("TS19700101000001");

    /**
     * A hypothetical complaint.
     *
     * @param severity   as the agent would register it; empty: proposed from {@code facts}, as registration does
     * @param receivedAt when it reached the company; empty: now
     */
    public record Query(UtilityDomain utilityDomain, ComplaintKind kind, Channel channel, Optional<Severity> severity,
                        IntakeFacts facts, OrgUnitId orgUnit, Optional<Instant> receivedAt) {
        public Query {
            Objects.requireNonNull(utilityDomain, "utilityDomain");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(orgUnit, "orgUnit");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    /** The severity the rules were chosen by, and the clocks in the order of {@code ClockKind}. */
    public record Result(Severity severity, List<ComplaintClock> clocks) {
        public Result {
            Objects.requireNonNull(severity, "severity");
            clocks = List.copyOf(clocks);
        }
    }

    private final CurrentCalendar calendar;
    private final DeadlinePolicies policies;
    private final SeverityPolicy severityPolicy;
    private final Clock clock;

    public PreviewDeadlines(CurrentCalendar calendar, DeadlinePolicies policies, SeverityPolicy severityPolicy,
                            Clock clock) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.severityPolicy = Objects.requireNonNull(severityPolicy, "severityPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The clocks as they would stand if the complaint were registered now, or at its receipt if that
     * lies ahead: a receipt in the past may already have used up a short limit.
     *
     * @throws InvalidValueException on {@code receive_time} more than {@link #MAX_DISTANCE} away from now
     */
    public Result execute(Query query) {
        Instant now = clock.instant();
        Instant receivedAt = query.receivedAt().orElse(now);
        if (Duration.between(receivedAt, now).abs().compareTo(MAX_DISTANCE) > 0) {
            throw new InvalidValueException("receive_time", OUT_OF_RANGE, "must lie within a year of the server's time");
        }
        Severity severity = query.severity().orElseGet(() -> severityPolicy.propose(query.facts()).level());
        var facts = new ClockFacts(receivedAt, query.channel(), query.kind(), query.utilityDomain(), severity);
        Instant registeredAt = receivedAt.isAfter(now) ? receivedAt : now;
        List<ComplaintEvent> timeline = List.of(registration(query, severity, registeredAt));
        List<ComplaintClock> clocks = ClockBook.compute(facts, timeline, List.of(), List.of(), calendar.current(),
                policies.forUnit(query.orgUnit()), registeredAt);
        return new Result(severity, ClockBook.current(clocks));
    }

    /** The timeline entry a registration writes, with the particulars a rule's start step may ask for. */
    private static ComplaintEvent registration(Query query, Severity severity, Instant at) {
        return new ComplaintEvent(NO_COMPLAINT, 1, new Actor(PREVIEW, Role.SYSTEM, query.orgUnit()),
                at, Optional.empty(), ComplaintState.REGISTERED, Optional.empty(),
                new EventDetails.Registered(NO_TICKET, query.kind(), query.channel(), severity, Priority.NORMAL));
    }
}
