package org.complaintdesk.application.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.complaintdesk.application.calendar.CurrentCalendar;
import org.complaintdesk.application.port.out.ComplaintTimeline;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.DueChanges;
import org.complaintdesk.domain.deadline.ClockBook;
import org.complaintdesk.domain.deadline.ClockFacts;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.deadline.Extension;
import org.complaintdesk.domain.deadline.Pause;

/**
 * A complaint's clocks as they stand now: computed at read time from its whole timeline, paused by
 * the waits on the complainant and extended by the extensions it records, by the current calendar and the policy of its
 * organisation unit. Nothing is stored, so a new calendar year or a changed policy shows in the
 * next read.
 */
public final class ComplaintClocks {
    /** Timelines are short; one page holds almost all of them, and longer ones take a few more reads. */
    static final int PAGE_SIZE = 500;

    private final ComplaintTimeline timeline;
    private final CurrentCalendar calendar;
    private final DeadlinePolicies policies;
    private final Clock clock;

    public ComplaintClocks(ComplaintTimeline timeline, CurrentCalendar calendar, DeadlinePolicies policies,
                           Clock clock) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The latest round of each clock the complaint has started, in the order of {@code ClockKind}. */
    public List<ComplaintClock> current(Complaint complaint) {
        return current(complaint, clock.instant());
    }

    /** {@link #current(Complaint)} as at {@code now}. */
    public List<ComplaintClock> current(Complaint complaint, Instant now) {
        return ClockBook.current(all(complaint, timelineOf(complaint), now));
    }

    /**
     * Every round of every clock of the complaint at {@code now}, given its whole {@code timeline}:
     * paused by the waits on the complainant and extended by the approved extensions it records.
     */
    public List<ComplaintClock> all(Complaint complaint, List<ComplaintEvent> timeline, Instant now) {
        return ClockBook.compute(ClockFacts.asRegistered(complaint.snapshot(), timeline), timeline,
                Pause.fromTimeline(timeline), Extension.fromTimeline(timeline), calendar.current(),
                policies.forUnit(complaint.registration().orgUnit()), now);
    }

    /**
     * The complaint after a step that may re-time its clocks (a severity change, a
     * reclassification), with each clock it moved and its due before and after named on the
     * step's timeline entry: so the timeline says why a due moved.
     * {@code before} is the complaint as stored, {@code after} the same with the step taken.
     */
    public Complaint withRetimingNoted(Complaint before, Complaint after, Instant now) {
        List<ComplaintEvent> stored = timelineOf(before);
        List<ComplaintEvent> withStep = new ArrayList<>(stored);
        withStep.addAll(after.newEvents().subList(before.newEvents().size(), after.newEvents().size()));
        DueChanges moved = ClockBook.retimed(
                ClockBook.runningDues(ClockBook.current(all(before, stored, now))),
                ClockBook.runningDues(ClockBook.current(all(after, withStep, now))));
        if (moved.isEmpty()) {
            return after;
        }
        return after.withRetimingNoted(moved);
    }

    /**
     * The timeline up to the complaint's version. The sequence of an entry is the version its step
     * produced, so the entries 1 to the version are exactly the steps behind this complaint: a step
     * taken since it was read does not mix into its clocks. Entries up to the stored version are
     * read page by page; a complaint a step just changed holds that step's entry itself, so a
     * registration needs no read at all.
     */
    private List<ComplaintEvent> timelineOf(Complaint complaint) {
        List<ComplaintEvent> events = new ArrayList<>();
        long stored = complaint.storedVersion();
        long after = 0;
        while (after < stored) {
            int limit = (int) Math.min(PAGE_SIZE, stored - after);
            List<ComplaintEvent> page = timeline.events(complaint.id(), after, limit);
            if (page.isEmpty()) {
                break;
            }
            events.addAll(page);
            after = page.getLast().sequence();
        }
        events.addAll(complaint.newEvents());
        return events;
    }
}
