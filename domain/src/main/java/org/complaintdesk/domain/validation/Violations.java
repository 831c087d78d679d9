package org.complaintdesk.domain.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects violations while a whole input is checked, so that every bad field is reported at
 * once instead of only the first. Typical use:
 * <pre>{@code
 * var v = new Violations();
 * PhoneNumber phone = v.check("complainant.phone_number", () -> PhoneNumber.of(raw));
 * v.throwIfAny();
 * }</pre>
 */
public final class Violations {
    private final List<FieldViolation> found = new ArrayList<>();

    /**
     * Builds a value; if it refuses, records its violations under {@code path} and returns null.
     * The path replaces the value object's own field name, which only knows its local name.
     */
    public <T> T check(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            for (FieldViolation v : e.violations()) {
                found.add(new FieldViolation(path, v.rule(), v.message()));
            }
            return null;
        }
    }

    /** Like {@link #check} but keeps the nested field names below {@code prefix}. */
    public <T> T checkNested(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            for (FieldViolation v : e.violations()) {
                found.add(v.under(prefix));
            }
            return null;
        }
    }

    public void add(String field, String rule, String message) {
        found.add(new FieldViolation(field, rule, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Whether a violation on {@code field} was recorded. */
    public boolean has(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field));
    }

    /** Whether {@code rule} was recorded as broken on {@code field}. */
    public boolean has(String field, String rule) {
        return found.stream().anyMatch(v -> v.field().equals(field) && v.rule().equals(rule));
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidValueException(found);
        }
    }
}
