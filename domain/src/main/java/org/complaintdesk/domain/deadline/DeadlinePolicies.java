package org.complaintdesk.domain.deadline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.Violations;

/**
 * Which policy times the complaints of which organisation unit: a unit and everything below it
 * (by code, {@code gridco} covers {@code gridco/east/cs}) may choose a profile; the most specific
 * choice wins, and units that chose none get the default.
 */
public final class DeadlinePolicies {
    public static final String UNKNOWN_PROFILE = "UNKNOWN_PROFILE";
    public static final String ASSIGNMENT_FORMAT = "PROFILE_ASSIGNMENT_FORMAT";

    private final DeadlinePolicy fallback;
    private final Map<OrgUnitId, DeadlinePolicy> byUnit;

    private DeadlinePolicies(DeadlinePolicy fallback, Map<OrgUnitId, DeadlinePolicy> byUnit) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.byUnit = Map.copyOf(byUnit);
    }

    public static DeadlinePolicies of(DeadlinePolicy fallback, Map<OrgUnitId, DeadlinePolicy> byUnit) {
        return new DeadlinePolicies(fallback, byUnit);
    }

    /** The seed defaults for every unit. */
    public static DeadlinePolicies seedForAll() {
        return of(DeadlinePolicy.seedDefaults(), Map.of());
    }

    /**
     * Reads choices such as {@code gridco=state-grid-commitment, city/12345=hotline-12345} against
     * the profiles by name (e.g. {@link DeadlinePolicy#shipped()}); refuses with every bad entry,
     * each named by its position.
     */
    public static DeadlinePolicies parse(String choices, Map<String, DeadlinePolicy> profiles, DeadlinePolicy fallback) {
        var violations = new Violations();
        Map<OrgUnitId, DeadlinePolicy> byUnit = new HashMap<>();
        List<String> entries = choices == null || choices.isBlank() ? List.of() : List.of(choices.split(","));
        for (int i = 0; i < entries.size(); i++) {
            String field = "profiles[" + i + "]";
            String[] pair = entries.get(i).split("=", -1);
            if (pair.length != 2) {
                violations.add(field, ASSIGNMENT_FORMAT, "must read org-unit=profile");
                continue;
            }
            OrgUnitId unit = violations.check(field + ".org_unit", () -> new OrgUnitId(pair[0]));
            DeadlinePolicy profile = profiles.get(pair[1].strip());
            if (profile == null) {
                violations.add(field + ".profile", UNKNOWN_PROFILE, "no profile '" + pair[1].strip() + "'; known: "
                        + String.join(", ", new TreeSet<>(profiles.keySet())));
            } else if (unit != null && byUnit.put(unit, profile) != null) {
                violations.add(field + ".org_unit", ASSIGNMENT_FORMAT, "the unit has a profile already");
            }
        }
        violations.throwIfAny();
        return of(fallback, byUnit);
    }

    /** The policy for a complaint of {@code unit}: the choice of the unit or its nearest parent, else the default. */
    public DeadlinePolicy forUnit(OrgUnitId unit) {
        return byUnit.keySet().stream()
                .filter(chosen -> covers(chosen, unit))
                .max(Comparator.comparingInt(chosen -> chosen.value().length()))
                .map(byUnit::get)
                .orElse(fallback);
    }

    public DeadlinePolicy fallback() {
        return fallback;
    }

    /** The units that chose a profile, with it. */
    public Map<OrgUnitId, DeadlinePolicy> choices() {
        return byUnit;
    }

    private static boolean covers(OrgUnitId parent, OrgUnitId unit) {
        return unit.value().equals(parent.value()) || unit.value().startsWith(parent.value() + "/");
    }

    @Override
    public String toString() {
        return "DeadlinePolicies[default " + fallback.name() + ", " + byUnit.size() + " choices]";
    }
}
