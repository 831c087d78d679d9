package org.complaintdesk.application.event;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.port.out.EventLog;
import org.complaintdesk.application.port.out.PersonalDataAccessLog;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.complaint.PersonalField;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.notice.NoticeChannel;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.Violations;

/**
 * The published events of the complaints a unit reaches, page by page from a position, for a
 * subscriber who keeps its place.
 *
 * <p>Personal data: the roles that decide on or message the complainants of every complaint they
 * reach (supervisors, directors, SYSTEM accounts: {@code PersonalDataPolicy}) see the free text
 * and an SMS notice's recipient, and each page's full disclosures are recorded before it is
 * given; everyone else sees them masked, as the policy's per-complaint exceptions for agents and
 * handlers are not worth a complaint read per event on a stream.
 */
public final class StreamComplaintEvents {
    /** Events read per page: the most a subscriber holds in the service's memory. */
    public static final int PAGE_SIZE = 200;
    private static final Set<Role> SHOWN_IN_FULL = EnumSet.of(Role.SUPERVISOR, Role.DIRECTOR, Role.SYSTEM);
    private static final String METHOD = "complaintdesk.v1.ComplaintEventService/StreamComplaintEvents";

    /**
     * What a subscriber asks for.
     *
     * @param unit          whose complaints; empty for the subscriber's own unit
     * @param afterPosition the last position the subscriber handled
     * @param fromNow       start at the events to come; {@code afterPosition} must then be 0
     */
    public record Query(Optional<OrgUnitId> unit, Set<EventType> entryTypes, Set<ClockAlert.Kind> alertKinds,
                        boolean notices, boolean earlyWarnings, long afterPosition, boolean fromNow) {
        public Query {
            Objects.requireNonNull(unit, "unit");
            entryTypes = Set.copyOf(entryTypes);
            alertKinds = Set.copyOf(alertKinds);
            var violations = new Violations();
            if (afterPosition < 0) {
                violations.add("after_position", "NEGATIVE", "must not be negative");
            } else if (fromNow && afterPosition > 0) {
                violations.add("after_position", "SET_WITH_START_FROM_NOW", "must be 0 with start_from_now");
            }
            violations.throwIfAny();
        }
    }

    /** An open subscription: who reads, what, and from where. */
    public record Subscription(Actor reader, EventSelection selection, long startAfter, Disclosure disclosure) {
    }

    /**
     * A page: the events, the position read up to (past events the selection left out), and the
     * phone numbers SMS notices go to, by notice id, when the reader may see them.
     */
    public record Page(List<PublishedEvent> events, long position, Map<UUID, PhoneNumber> recipients) {
    }

    private final EventLog log;
    private final ComplaintStore complaints;
    private final PersonalDataAccessLog accessLog;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public StreamComplaintEvents(EventLog log, ComplaintStore complaints, PersonalDataAccessLog accessLog, Clock clock,
                                 Supplier<UUID> ids) {
        this.log = Objects.requireNonNull(log, "log");
        this.complaints = Objects.requireNonNull(complaints, "complaints");
        this.accessLog = Objects.requireNonNull(accessLog, "accessLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Checks the subscriber may have what it asks and fixes where it starts. */
    public Subscription open(Actor reader, Query query) {
        OrgUnitId unit = query.unit().orElse(reader.orgUnit());
        if (!reader.orgUnit().contains(unit)) {
            throw new UnitOutOfReachException(unit, reader.orgUnit());
        }
        long last = log.lastPosition();
        if (query.afterPosition() > last) {
            throw new PositionOutOfRangeException(query.afterPosition(), last);
        }
        var selection = new EventSelection(Optional.of(unit), query.entryTypes(), query.alertKinds(), query.notices(),
                query.earlyWarnings());
        Disclosure disclosure = SHOWN_IN_FULL.contains(reader.role()) ? Disclosure.FULL : Disclosure.MASKED;
        return new Subscription(reader, selection, query.fromNow() ? last : query.afterPosition(), disclosure);
    }

    /** The next page after {@code position}; empty, with the position moved on, when nothing wanted came. */
    public Page next(Subscription subscription, long position) {
        // Read first: every position up to it was visible before the page was read.
        long last = log.lastPosition();
        List<PublishedEvent> events = log.readAfter(position, subscription.selection(), PAGE_SIZE);
        // A short page saw every wanted event up to the later of the two; events numbered between
        // the two reads may be in it, and must not be read again.
        long reached = events.size() == PAGE_SIZE ? events.getLast().position()
                : Math.max(Math.max(position, last), events.isEmpty() ? 0 : events.getLast().position());
        Map<UUID, PhoneNumber> recipients = subscription.disclosure() == Disclosure.FULL
                ? disclose(subscription.reader(), events) : Map.of();
        return new Page(events, reached, recipients);
    }

    private Map<UUID, PhoneNumber> disclose(Actor reader, List<PublishedEvent> events) {
        Map<ComplaintId, OrgUnitId> shown = new LinkedHashMap<>();
        Map<UUID, PhoneNumber> recipients = new HashMap<>();
        Map<ComplaintId, Optional<Complaint>> loaded = new HashMap<>();
        for (PublishedEvent event : events) {
            if (event.body() instanceof PublishedEvent.AlertRaised) {
                continue;
            }
            shown.putIfAbsent(event.complaintId(), event.orgUnit());
            if (event.body() instanceof PublishedEvent.NoticeIssued(var notice)
                    && notice.notice().channel() == NoticeChannel.SMS) {
                loaded.computeIfAbsent(event.complaintId(), complaints::findById)
                        .ifPresent(c -> recipients.put(notice.id(), c.submission().complainant().phone()));
            }
        }
        List<PersonalDataAccess> accesses = new ArrayList<>();
        var at = clock.instant();
        shown.forEach((complaint, unit) -> {
            Set<PersonalField> fields = loaded.containsKey(complaint)
                    ? Set.of(PersonalField.FREE_TEXT, PersonalField.COMPLAINANT_PHONE_NUMBER)
                    : Set.of(PersonalField.FREE_TEXT);
            accesses.add(new PersonalDataAccess(ids.get(), at, complaint, unit.top(), reader.userId(), reader.role(),
                    reader.orgUnit(), METHOD, fields));
        });
        accessLog.record(accesses);
        return recipients;
    }
}
