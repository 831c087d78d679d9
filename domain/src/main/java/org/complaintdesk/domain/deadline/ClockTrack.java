package org.complaintdesk.domain.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.handling.ClockKind;

/**
 * The rounds of one clock, built step by step from the timeline under the rule in force. Rounds
 * are timed afterwards, by {@link RoundTiming}; only a change of the rule needs a due on the way.
 */
final class ClockTrack {
    private final ClockKind kind;
    private Optional<ClockRule> rule;
    private final List<Round> rounds = new ArrayList<>();

    ClockTrack(ClockKind kind, Optional<ClockRule> rule) {
        this.kind = kind;
        this.rule = rule;
    }

    ClockKind kind() {
        return kind;
    }

    List<Round> rounds() {
        return List.copyOf(rounds);
    }

    Optional<Round> running() {
        return rounds.isEmpty() || !last().isRunning() ? Optional.empty() : Optional.of(last());
    }

    /**
     * Takes one step of the timeline: a running round is met (a recurring clock then starts its next
     * round at once) or stopped; an idle clock is started. A step that ends a round does not also
     * start one, and a step that starts a running clock changes nothing.
     */
    void apply(ComplaintEvent event, Instant receivedAt) {
        if (rule.isEmpty()) {
            return;
        }
        ClockRule r = rule.get();
        Instant at = effectiveAt(event);
        Optional<Round> current = running();
        if (current.isPresent()) {
            // A contact reported as earlier than the round's start is not the one the round waits for.
            if (r.isMetBy(event) && !at.isBefore(current.get().start())) {
                replaceLast(current.get().ended(at, ClockState.MET, event.type()));
                if (r.repeat().isPresent()) {
                    open(r, true, at);
                }
            } else if (r.isStoppedBy(event)) {
                replaceLast(current.get().ended(at, ClockState.STOPPED, event.type()));
            }
            return;
        }
        if (r.once() && !rounds.isEmpty()) {
            return;
        }
        r.startedBy(event).ifPresent(trigger ->
                open(r, false, trigger.anchor() == Trigger.Anchor.RECEIPT ? receivedAt : at));
    }

    /**
     * Follows a change of the facts (severity, domain) that changes this clock's rule. A running
     * round is timed anew from its start under the new rule if that leaves it time; otherwise it
     * ends at the change, and the new rule starts a round from the change: a change never makes a
     * clock late after the fact, and never wipes out a lateness that had already occurred (such a
     * round ends late). With no rule any more, the round stops. An idle clock starts if the new
     * rule would have it running by now.
     */
    void reconcile(Optional<ClockRule> next, ComplaintEvent change, List<ComplaintEvent> before, Instant receivedAt,
                   RoundTiming timing) {
        if (next.equals(rule)) {
            return;
        }
        Instant t = change.occurredAt();
        Optional<Round> current = running();
        if (current.isPresent()) {
            Round round = current.get();
            boolean overdue = !timing.dueAsOf(round, t).isAfter(t);
            Optional<Round> retimed = next.map(round::under).filter(r -> !overdue && timing.dueAsOf(r, t).isAfter(t));
            if (retimed.isPresent()) {
                replaceLast(retimed.get());
            } else {
                replaceLast(round.ended(t, ClockState.STOPPED, change.type()));
                next.ifPresent(n -> open(n, false, t));
            }
        } else if (next.isPresent() && !(next.get().once() && !rounds.isEmpty())) {
            ClockTrack replay = new ClockTrack(kind, next);
            before.forEach(e -> replay.apply(e, receivedAt));
            replay.running().ifPresent(would -> {
                Round candidate = Round.started(rounds.size() + 1, next.get(), would.repeated(), would.start());
                if (timing.dueAsOf(candidate, t).isAfter(t)) {
                    rounds.add(candidate);
                } else {
                    open(next.get(), would.repeated(), t);
                }
            });
        }
        rule = next;
    }

    /**
     * When a step happened, for the clocks: a contact or an investigation at the time the actor
     * reports (it may be recorded later), any other step when it was taken.
     */
    static Instant effectiveAt(ComplaintEvent event) {
        return switch (event.details()) {
            case EventDetails.ContactRecorded contact -> contact.contactTime();
            case EventDetails.InvestigationRecorded investigation -> investigation.conductTime();
            default -> event.occurredAt();
        };
    }

    private void open(ClockRule r, boolean repeated, Instant start) {
        rounds.add(Round.started(rounds.size() + 1, r, repeated, start));
    }

    private Round last() {
        return rounds.getLast();
    }

    private void replaceLast(Round round) {
        rounds.set(rounds.size() - 1, round);
    }
}
