package org.complaintdesk.domain.deadline;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.validation.Violations;

/**
 * How one clock runs for the complaints of a scope.
 *
 * @param kind         the clock
 * @param scope        the complaints the rule is for
 * @param period       how long the clock runs from its start
 * @param start        the steps that start it while it is not running; a start on REGISTERED is
 *                     usually anchored at receipt
 * @param met          the steps that meet it while it runs
 * @param stop         the steps that end it without being met (the complaint ends, the dispatch is returned)
 * @param pausedBy     the reasons for waiting on the complainant that pause it; empty: it never pauses
 * @param warnFraction the share of its time after which it warns (0.8: when 80% has passed)
 * @param repeat       for a recurring clock, the period of each next round, which starts when a
 *                     round is met (progress updates every 2 hours, weekly follow-ups)
 * @param once         whether it runs only one round: later start steps do not start it again
 * @param window       whether it is a window given to the complainant, which elapses rather than
 *                     being breached and gives no warning
 * @param source       where the rule comes from, e.g. "002 ch.5 §2: letters 5 working days"
 */
public record ClockRule(ClockKind kind, RuleScope scope, Period period, List<Trigger> start, List<Trigger> met,
                        List<Trigger> stop, Set<PauseReason> pausedBy, double warnFraction, Optional<Period> repeat,
                        boolean once, boolean window, String source) {
    public static final double DEFAULT_WARN_FRACTION = 0.8;

    public static final String NO_START = "RULE_WITHOUT_START";
    public static final String NO_MET = "RULE_WITHOUT_MET";
    public static final String RECEIPT_ONLY_FOR_START = "RECEIPT_ANCHOR_ONLY_FOR_START";
    public static final String WARN_OUT_OF_RANGE = "WARN_FRACTION_OUT_OF_RANGE";
    public static final String WINDOW_REPEATS = "WINDOW_REPEATS";

    public ClockRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(repeat, "repeat");
        Objects.requireNonNull(source, "source");
        start = List.copyOf(start);
        met = List.copyOf(met);
        stop = List.copyOf(stop);
        pausedBy = pausedBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pausedBy));
        source = source.strip();
        var violations = new Violations();
        checkShape(violations, start, met, stop, warnFraction, repeat.isPresent(), window);
        violations.throwIfAny();
    }

    /**
     * The rules on how a rule's steps and settings fit together, each broken one added to
     * {@code violations} under its key. For a reader of rule text that refuses other settings
     * already and reports every problem at once, the values may be partly unread: the lists
     * hold the steps that could be read, a null {@code warnFraction} was not read, and a key
     * already refused in {@code violations} is not refused again as missing.
     */
    static void checkShape(Violations violations, List<Trigger> start, List<Trigger> met, List<Trigger> stop,
                           Double warnFraction, boolean repeats, boolean window) {
        if (start.isEmpty() && !violations.has("start")) {
            violations.add("start", NO_START, "a clock needs at least one step that starts it");
        }
        if (met.isEmpty() && !violations.has("met")) {
            violations.add("met", NO_MET, "a clock needs at least one step that meets it");
        }
        if (met.stream().anyMatch(t -> t.anchor() != Trigger.Anchor.EVENT)) {
            violations.add("met", RECEIPT_ONLY_FOR_START, "@receipt anchors a start, not a met step");
        }
        if (stop.stream().anyMatch(t -> t.anchor() != Trigger.Anchor.EVENT)) {
            violations.add("stop", RECEIPT_ONLY_FOR_START, "@receipt anchors a start, not a stop step");
        }
        if (warnFraction != null && !(warnFraction > 0 && warnFraction <= 1)) {
            violations.add("warn", WARN_OUT_OF_RANGE, "must be more than 0 and at most 1");
        }
        if (window && repeats) {
            violations.add("repeat", WINDOW_REPEATS, "a window given to the complainant does not recur");
        }
    }

    /** The matching start step, if {@code event} is one. */
    public Optional<Trigger> startedBy(ComplaintEvent event) {
        return start.stream().filter(t -> t.matches(event)).findFirst();
    }

    public boolean isMetBy(ComplaintEvent event) {
        return met.stream().anyMatch(t -> t.matches(event));
    }

    public boolean isStoppedBy(ComplaintEvent event) {
        return stop.stream().anyMatch(t -> t.matches(event));
    }

    /** The period of a round: the first runs for {@link #period}, the later rounds of a recurring clock for {@link #repeat}. */
    public Period periodOfRound(boolean repeated) {
        return repeated ? repeat.orElse(period) : period;
    }

    /** The same rule with another period for its first round. */
    public ClockRule withPeriod(Period newPeriod) {
        return new ClockRule(kind, scope, newPeriod, start, met, stop, pausedBy, warnFraction, repeat, once, window,
                source);
    }
}
