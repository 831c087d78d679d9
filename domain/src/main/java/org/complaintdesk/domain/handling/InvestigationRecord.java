package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/**
 * One piece of investigation (000 二(二), 002 ch.3): method, time, place, participants, what was
 * found, and references to the evidence kept elsewhere (document ids, photo ids, file numbers).
 */
public record InvestigationRecord(InvestigationMethod method, Instant conductedAt, Optional<String> place,
                                  List<String> participants, Statement findings, List<String> evidence) {
    public static final int MAX_ITEMS = 20;
    public static final int MAX_ITEM_LENGTH = 200;

    public InvestigationRecord {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(conductedAt, "conductedAt");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(place, "place");
        // Every rule the place and the lists break is reported at once.
        var violations = new Violations();
        place = place.map(p -> Text.required(violations, "place", p, MAX_ITEM_LENGTH));
        participants = items("participants", participants, violations);
        evidence = items("evidence", evidence, violations);
        violations.throwIfAny();
    }

    /** The entries trimmed; each rule broken by the list or by any of its entries is recorded once, on the list. */
    private static List<String> items(String field, List<String> items, Violations violations) {
        if (items.size() > MAX_ITEMS) {
            violations.add(field, "TOO_MANY", "must have at most " + MAX_ITEMS + " entries");
        }
        var entries = new Violations();
        List<String> trimmed = items.stream().map(item -> Text.required(entries, field, item, MAX_ITEM_LENGTH)).toList();
        entries.list().stream().distinct().forEach(v -> violations.add(v.field(), v.rule(), v.message()));
        return trimmed;
    }
}
