package org.complaintdesk.domain.validation;

import java.util.List;

/**
 * Input that breaks one or more rules. Carries every violation found, so that a caller can fix
 * all fields in one round trip.
 */
public final class InvalidValueException extends DomainException {
    private final List<FieldViolation> violations;

    public InvalidValueException(String field, String rule, String message) {
        this(List.of(new FieldViolation(field, rule, message)));
    }

    public InvalidValueException(List<FieldViolation> violations) {
        super(violations.isEmpty() ? "INVALID_VALUE" : violations.getFirst().rule(), describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidValueException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        StringBuilder text = new StringBuilder();
        for (FieldViolation v : violations) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(v.field()).append(": ").append(v.message()).append(" (").append(v.rule()).append(')');
        }
        return text.toString();
    }
}
