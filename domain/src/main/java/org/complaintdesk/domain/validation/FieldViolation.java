package org.complaintdesk.domain.validation;

import java.util.Objects;

/**
 * One broken rule on one input field. {@code field} is a dotted path the caller recognises
 * (for example {@code complainant.phone_number}); {@code rule} is a stable UPPER_SNAKE code.
 * The message never repeats the rejected value, so it is safe to log even for personal data.
 */
public record FieldViolation(String field, String rule, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** The same violation reported under a longer path, e.g. {@code phone_number} → {@code complainant.phone_number}. */
    public FieldViolation under(String prefix) {
        return new FieldViolation(prefix.isEmpty() ? field : prefix + "." + field, rule, message);
    }
}
