package org.complaintdesk.domain.deadline;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.Supervision;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.Violations;

/**
 * When a complaint is escalated (督办) and to whom: after a breach of one of its clocks, and after
 * it was urged {@code urgesBeforeSupervision} times, to the level named for its severity.
 *
 * @param urgesBeforeSupervision how many urges escalate a complaint; 0: urges never do
 * @param onBreach               whether a breached clock escalates it
 * @param levels                 the level that supervises a complaint of each severity
 */
public record SupervisionPolicy(int urgesBeforeSupervision, boolean onBreach, Map<Severity, Role> levels) {
    public static final String LEVEL_NOT_SUPERVISOR = "SUPERVISION_LEVEL_NOT_A_LEAD";

    public SupervisionPolicy {
        Objects.requireNonNull(levels, "levels");
        // Every broken rule is reported at once: the count and each severity's level.
        var violations = new Violations();
        if (urgesBeforeSupervision < 0) {
            violations.add("urges_before_supervision", "NEGATIVE", "must not be negative");
        }
        var all = new EnumMap<Severity, Role>(Severity.class);
        for (Severity severity : Severity.values()) {
            Role level = levels.getOrDefault(severity, Role.SUPERVISOR);
            if (level != Role.SUPERVISOR && level != Role.DIRECTOR) {
                violations.add("supervision_level." + severity, LEVEL_NOT_SUPERVISOR,
                        "a complaint is supervised by SUPERVISOR or DIRECTOR, not " + level);
            }
            all.put(severity, level);
        }
        violations.throwIfAny();
        levels = Map.copyOf(all);
    }

    /**
     * 003 三.3: a level-1 event is the director's; the rest the complaint office's leads. Three urges
     * escalate, as does any breach.
     */
    public static SupervisionPolicy defaults() {
        return new SupervisionPolicy(3, true, Map.of(Severity.LEVEL_1, Role.DIRECTOR));
    }

    public Role levelFor(Severity severity) {
        return levels.get(severity);
    }

    /** What escalation a complaint is due, if any, given its breached running clock, its urges and its supervision. */
    public Optional<Escalation> escalationFor(Severity severity, Optional<ClockKind> breached, int urges,
                                              Optional<Supervision> current) {
        Role level = levelFor(severity);
        if (current.isPresent() && current.get().atLeast(level)) {
            return Optional.empty();
        }
        if (onBreach && breached.isPresent()) {
            return Optional.of(new Escalation(level, SupervisionCause.CLOCK_BREACHED, breached));
        }
        if (urgesBeforeSupervision > 0 && urges >= urgesBeforeSupervision) {
            return Optional.of(new Escalation(level, SupervisionCause.REPEATED_URGES, Optional.empty()));
        }
        return Optional.empty();
    }

    /** An escalation to make: to {@code level}, for {@code cause}, naming the clock that breached. */
    public record Escalation(Role level, SupervisionCause cause, Optional<ClockKind> clock) {
        public Escalation {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(clock, "clock");
        }
    }
}
