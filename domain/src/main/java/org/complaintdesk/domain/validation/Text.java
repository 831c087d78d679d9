package org.complaintdesk.domain.validation;

/** Checks shared by the text value objects. */
public final class Text {
    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String FORMAT = "FORMAT";

    private Text() {
    }

    /** Trims and checks a required text: not blank, at most {@code maxLength} characters. */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, REQUIRED, "must not be blank");
        }
        return bounded(field, value, maxLength);
    }

    /** Trims and checks the length of a text that is present. */
    public static String bounded(String field, String value, int maxLength) {
        String trimmed = value.strip();
        // Code points, not UTF-16 units: a Chinese character counts as one.
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw new InvalidValueException(field, TOO_LONG, "must be at most " + maxLength + " characters");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidValueException(field, FORMAT, "must not contain control characters");
        }
        return trimmed;
    }
}
