package org.complaintdesk.domain.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.domain.calendar.BusinessCalendar;

/**
 * Times rounds: their due after pauses and extensions, their warning, and their state at a moment.
 *
 * <p>Paused time: a pause the rule names, within the round, moves the due on by the time it
 * lasted, counted as the period counts time: all of it for a wall-clock period, only the time on
 * working days for a working-day period (a pause over a weekend costs a working-day clock
 * nothing; three working hours paused move its due three working hours on, into the next working
 * day). A pause that begins after the round already ran out does not save it.
 *
 * <p>Extensions: an extension approved while the round runs and before it runs out sets the due to
 * its new due; pauses after the approval move that on in turn. The original due is the due
 * without any extension.
 *
 * <p>Warning: when the share {@code 1 - warnFraction} of the round's own time (its time from start
 * to due, less the paused time) is all that is left before the due.
 */
final class RoundTiming {
    private final BusinessCalendar calendar;
    private final List<Pause> pauses;
    private final List<Extension> extensions;

    RoundTiming(BusinessCalendar calendar, List<Pause> pauses, List<Extension> extensions) {
        this.calendar = calendar;
        this.pauses = List.copyOf(pauses);
        this.extensions = extensions.stream().sorted(Comparator.comparing(Extension::approvedAt)).toList();
    }

    record Timing(Instant originalDue, Instant due, Instant warnAt, Duration paused, Optional<Extension> extension) {
    }

    private record Interval(Instant from, Instant to) {
    }

    /** The due of a round as known at {@code t}: pauses counted up to {@code t}. */
    Instant dueAsOf(Round round, Instant t) {
        return timing(round, t).due();
    }

    /** The round as a clock at {@code now}. */
    ComplaintClock clock(Round round, Instant now) {
        ClockRule rule = round.rule();
        Instant until = round.end().orElse(now);
        Timing t = timing(round, until);
        // A duty is late at its due; a window, like HandlingPolicy's review window, is still open at it.
        boolean afterDue = rule.window() ? until.isAfter(t.due()) : !until.isBefore(t.due());
        ClockState state;
        if (round.ending().isPresent()) {
            state = round.ending().get() == ClockState.STOPPED && rule.window() && afterDue
                    ? ClockState.ELAPSED : round.ending().get();
        } else if (afterDue) {
            state = rule.window() ? ClockState.ELAPSED : ClockState.BREACHED;
        } else {
            state = ClockState.RUNNING;
        }
        boolean late = afterDue && !rule.window();
        Optional<Pause> pause = round.isRunning()
                ? relevantPauses(rule).stream().filter(p -> p.covers(now)).min(Comparator.comparing(Pause::from))
                : Optional.empty();
        boolean provisional = round.period() instanceof Period.WorkingDays
                && !(calendar.knows(calendar.dateOf(round.start())) && calendar.knows(calendar.dateOf(t.due())));
        return new ComplaintClock(rule.kind(), round.number(), rule, state, round.start(), t.originalDue(), t.due(),
                t.warnAt(), round.ending().filter(e -> e == ClockState.MET).flatMap(e -> round.end()),
                round.ending().filter(e -> e == ClockState.STOPPED).flatMap(e -> round.end()), round.endedBy(),
                late, t.paused(), pause, t.extension(), provisional);
    }

    private Timing timing(Round round, Instant until) {
        Period period = round.period();
        Instant base = period.dueFrom(calendar, round.start());
        List<Interval> paused = pausedWithin(round, until);
        List<Extension> approved = extensions.stream()
                .filter(e -> e.clock() == round.rule().kind())
                .filter(e -> !e.approvedAt().isBefore(round.start()) && !e.approvedAt().isAfter(until))
                .toList();
        Timing original = run(round, base, paused, List.of());
        Timing extended = run(round, base, paused, approved);
        return new Timing(original.due(), extended.due(), extended.warnAt(), extended.paused(), extended.extension());
    }

    /** Walks the pauses and extensions in time order, moving the due. */
    private Timing run(Round round, Instant base, List<Interval> paused, List<Extension> approved) {
        Period period = round.period();
        Instant due = base;
        Duration total = Duration.ZERO;
        Optional<Extension> applied = Optional.empty();
        int p = 0;
        int x = 0;
        while (p < paused.size() || x < approved.size()) {
            boolean pauseFirst = x >= approved.size()
                    || (p < paused.size() && !paused.get(p).from().isAfter(approved.get(x).approvedAt()));
            if (pauseFirst) {
                Interval interval = paused.get(p++);
                if (interval.from().isBefore(due)) {
                    Duration counted = period.counted(calendar, interval.from(), interval.to());
                    due = period.after(calendar, due, counted);
                    total = total.plus(counted);
                }
            } else {
                Extension extension = approved.get(x++);
                // 002 3.4: extended only before the limit runs out, and only to a later time.
                if (extension.approvedAt().isBefore(due) && extension.newDue().isAfter(due)) {
                    due = extension.newDue();
                    applied = Optional.of(extension);
                }
            }
        }
        return new Timing(due, due, warnAt(round, due, total), total, applied);
    }

    private Instant warnAt(Round round, Instant due, Duration paused) {
        ClockRule rule = round.rule();
        if (rule.window()) {
            return due;
        }
        Period period = round.period();
        Duration own = period.counted(calendar, round.start(), due).minus(paused);
        Duration lastShare = Duration.ofSeconds(Math.round(Math.max(0, own.toSeconds()) * (1 - rule.warnFraction())));
        return period.before(calendar, due, lastShare);
    }

    /** The pauses the rule names, cut to the round and to {@code until}, overlaps merged, in order. */
    private List<Interval> pausedWithin(Round round, Instant until) {
        List<Interval> cut = relevantPauses(round.rule()).stream()
                .map(p -> new Interval(later(p.from(), round.start()), earlier(p.to().orElse(until), until)))
                .filter(i -> i.to().isAfter(i.from()))
                .sorted(Comparator.comparing(Interval::from))
                .toList();
        List<Interval> merged = new ArrayList<>();
        for (Interval i : cut) {
            if (!merged.isEmpty() && !i.from().isAfter(merged.getLast().to())) {
                Interval last = merged.removeLast();
                merged.add(new Interval(last.from(), later(last.to(), i.to())));
            } else {
                merged.add(i);
            }
        }
        return merged;
    }

    private List<Pause> relevantPauses(ClockRule rule) {
        return pauses.stream().filter(p -> rule.pausedBy().contains(p.reason())).toList();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
