package org.complaintdesk.domain.notice;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/**
 * Who signs the notices of each organisation unit: a name and hotline for every unit, overlaid per
 * unit and the units below it, the most specific winning as with the templates.
 */
public final class NoticeSenders {
    public static final String FORMAT = "SENDER_FORMAT";
    public static final String SENDER_TWICE = "SENDER_TWICE";
    /** Until an organisation names itself: the complaint centre, on the city's public-service hotline. */
    public static final Sender DEFAULT = new Sender("投诉受理中心", "12345");

    private final Sender everyUnit;
    private final Map<OrgUnitId, Sender> byUnit;

    private NoticeSenders(Sender everyUnit, Map<OrgUnitId, Sender> byUnit) {
        this.everyUnit = Objects.requireNonNull(everyUnit, "everyUnit");
        this.byUnit = Map.copyOf(byUnit);
    }

    public static NoticeSenders of(Sender everyUnit, Map<OrgUnitId, Sender> byUnit) {
        return new NoticeSenders(everyUnit, byUnit);
    }

    /**
     * Reads {@code unit=name:hotline} entries, comma-separated, {@code *} for every unit; a unit
     * not named falls back to {@link #DEFAULT}. Refuses the text with every bad entry.
     */
    public static NoticeSenders parse(String text) {
        var violations = new Violations();
        Sender every = DEFAULT;
        Map<OrgUnitId, Sender> units = new HashMap<>();
        boolean everyNamed = false;
        String[] entries = text == null ? new String[0] : text.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            String field = "entry " + (i + 1);
            int equals = entry.indexOf('=');
            int colon = entry.lastIndexOf(':');
            if (equals < 1 || colon < equals) {
                violations.add(field, FORMAT, "must read unit=name:hotline, * for every unit");
                continue;
            }
            String unit = entry.substring(0, equals).strip();
            Sender sender = violations.check(field, () -> {
                try {
                    return new Sender(entry.substring(equals + 1, colon), entry.substring(colon + 1));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException(field, FORMAT, e.getMessage());
                }
            });
            if (unit.equals(TemplateText.EVERY_UNIT)) {
                if (everyNamed) {
                    violations.add(field, SENDER_TWICE, "every unit's sender is named twice");
                }
                everyNamed = true;
                if (sender != null) {
                    every = sender;
                }
                continue;
            }
            OrgUnitId id = violations.check(field + ".unit", () -> new OrgUnitId(unit));
            if (id != null && sender != null && units.putIfAbsent(id, sender) != null) {
                violations.add(field, SENDER_TWICE, "the sender of " + unit + " is named twice");
            }
        }
        violations.throwIfAny();
        return new NoticeSenders(every, units);
    }

    /** The sender of the notices to a complainant of {@code unit}. */
    public Sender forUnit(OrgUnitId unit) {
        return unit.pathFromTop().reversed().stream()
                .map(byUnit::get)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(everyUnit);
    }

    /** For the log: how many units name their own sender. */
    public String describe() {
        return "notice senders: every unit " + everyUnit.unitName() + " (" + everyUnit.hotline() + ")"
                + Optional.of(byUnit.size()).filter(n -> n > 0).map(n -> ", " + n + " units their own").orElse("");
    }
}
