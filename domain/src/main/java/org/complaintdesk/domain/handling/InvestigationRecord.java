package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

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
        place = Objects.requireNonNull(place, "place").map(p -> Text.required("place", p, MAX_ITEM_LENGTH));
        participants = items("participants", participants);
        evidence = items("evidence", evidence);
    }

    private static List<String> items(String field, List<String> items) {
        if (items.size() > MAX_ITEMS) {
            throw new InvalidValueException(field, "TOO_MANY", "must have at most " + MAX_ITEMS + " entries");
        }
        return items.stream().map(item -> Text.required(field, item, MAX_ITEM_LENGTH)).toList();
    }
}
