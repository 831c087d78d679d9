package org.complaintdesk.application.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.application.port.out.EarlyWarnings;
import org.complaintdesk.application.port.out.WarningFigures;

/**
 * One pass of early warning: measures every rule in its current window and raises a warning for
 * each scope unit (and subject) whose figure crosses the threshold. Every instance may run it; the
 * store records each crossing once ({@link EarlyWarnings#raise}).
 */
public final class EvaluateWarnings {
    private final List<WarningRule> rules;
    private final WarningFigures figures;
    private final EarlyWarnings warnings;
    private final Clock clock;
    private final ZoneId zone;

    /** What a pass found: crossings seen, and those this pass recorded (the rest were recorded before). */
    public record Pass(int crossings, int raised) {
    }

    public EvaluateWarnings(List<WarningRule> rules, WarningFigures figures, EarlyWarnings warnings, Clock clock,
                            ZoneId zone) {
        this.rules = List.copyOf(rules);
        this.figures = Objects.requireNonNull(figures, "figures");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public Pass run() {
        Instant now = clock.instant();
        int crossings = 0;
        int raised = 0;
        for (WarningRule rule : rules) {
            WarningWindow.Bounds window = rule.window().at(now, zone);
            for (WarningObservation seen : figures.observe(rule, window.from(), window.to())) {
                if (!crosses(rule, seen)) {
                    continue;
                }
                crossings++;
                if (warnings.raise(new EarlyWarning(UUID.randomUUID(), rule.name(), rule.metric(), rule.scope().kind(),
                        seen.scopeUnit(), seen.subject(), window.from(), window.to(), seen.numerator(),
                        seen.denominator(), rule.threshold().toString(), now, seen.causes()))) {
                    raised++;
                }
            }
        }
        return new Pass(crossings, raised);
    }

    static boolean crosses(WarningRule rule, WarningObservation seen) {
        if (rule.metric().isRate() && seen.denominator() < rule.minimum()) {
            return false;
        }
        return rule.threshold().crossedBy(seen.numerator(), seen.denominator());
    }
}
