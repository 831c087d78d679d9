package org.complaintdesk.domain.deadline;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.calendar.BusinessCalendar;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.DueChanges;
import org.complaintdesk.domain.handling.ClockKind;

/**
 * All clocks of a complaint, computed from scratch: a pure function of the facts at registration,
 * the whole timeline, the pauses, the approved extensions, the calendar, the policy and the
 * moment. A severity change or reclassification in the timeline, a new calendar or a new policy
 * simply gives new answers; nothing is stored between two computations.
 *
 * <p>The timeline is folded in order of sequence. Each step may meet or stop a running clock and
 * start an idle one, as the rule in force says ({@link ClockTrack#apply}); a step that changes
 * the facts first re-times the clocks whose rule it changes ({@link ClockTrack#reconcile}).
 */
public final class ClockBook {

    private ClockBook() {
    }

    /**
     * Every round of every clock that has started, ordered by clock ({@link ClockKind} order) and
     * round. {@code timeline} must be the complaint's whole timeline.
     */
    public static List<ComplaintClock> compute(ClockFacts facts, List<ComplaintEvent> timeline, List<Pause> pauses,
                                               List<Extension> extensions, BusinessCalendar calendar,
                                               DeadlinePolicy policy, Instant now) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(now, "now");
        List<ComplaintEvent> events = timeline.stream().sorted(Comparator.comparingLong(ComplaintEvent::sequence)).toList();
        var timing = new RoundTiming(calendar, pauses, extensions);
        Map<ClockKind, ClockTrack> tracks = new EnumMap<>(ClockKind.class);
        for (ClockKind kind : ClockKind.values()) {
            tracks.put(kind, new ClockTrack(kind, policy.ruleFor(kind, facts)));
        }
        ClockFacts current = facts;
        for (int i = 0; i < events.size(); i++) {
            ComplaintEvent event = events.get(i);
            ClockFacts next = current.after(event);
            if (!next.equals(current)) {
                for (ClockTrack track : tracks.values()) {
                    track.reconcile(policy.ruleFor(track.kind(), next), event, events.subList(0, i),
                            facts.receivedAt(), timing);
                }
                current = next;
            }
            for (ClockTrack track : tracks.values()) {
                track.apply(event, facts.receivedAt());
            }
        }
        return tracks.values().stream()
                .flatMap(track -> track.rounds().stream())
                .map(round -> timing.clock(round, now))
                .toList();
    }

    /**
     * The earliest moment after {@code now} at which a running clock warns, runs out or resumes
     * from a pause with a known end: when a monitor should look at the complaint again (and
     * compute its clocks anew). Empty when no clock will.
     */
    public static Optional<Instant> nextAttention(List<ComplaintClock> clocks, Instant now) {
        return clocks.stream().flatMap(c -> c.nextAttention(now).stream()).min(Comparator.naturalOrder());
    }

    /** The latest round of each clock, in {@link ClockKind} order: the clocks as a complaint's page shows them. */
    public static List<ComplaintClock> current(List<ComplaintClock> clocks) {
        Map<ClockKind, ComplaintClock> latest = new EnumMap<>(ClockKind.class);
        for (ComplaintClock clock : clocks) {
            latest.merge(clock.kind(), clock, (a, b) -> b.round() > a.round() ? b : a);
        }
        return List.copyOf(latest.values());
    }

    /**
     * The due of each clock that runs and is not paused (a paused clock's due moves on by the
     * minute, so it says nothing of a re-timing): what is compared to learn that clocks were re-timed.
     */
    public static Map<ClockKind, Instant> runningDues(List<ComplaintClock> current) {
        Map<ClockKind, Instant> dues = new EnumMap<>(ClockKind.class);
        current.stream().filter(c -> c.isRunning() && !c.isPaused()).forEach(c -> dues.put(c.kind(), c.due()));
        return dues;
    }

    /** The clocks whose due moved between two readings; a clock that stopped or started has no due on one side. */
    public static DueChanges retimed(Map<ClockKind, Instant> before, Map<ClockKind, Instant> after) {
        Map<ClockKind, DueChanges.DueChange> changes = new EnumMap<>(ClockKind.class);
        for (ClockKind kind : ClockKind.values()) {
            Optional<Instant> was = Optional.ofNullable(before.get(kind));
            Optional<Instant> is = Optional.ofNullable(after.get(kind));
            if (!was.equals(is)) {
                changes.put(kind, new DueChanges.DueChange(was, is));
            }
        }
        return new DueChanges(changes);
    }

    /** The earliest due of a clock that waits for its step (windows aside): what "due before" lists by. */
    public static Optional<Instant> earliestDue(List<ComplaintClock> current) {
        return current.stream().filter(c -> c.isRunning() && !c.rule().window()).map(ComplaintClock::due)
                .min(Comparator.naturalOrder());
    }
}
