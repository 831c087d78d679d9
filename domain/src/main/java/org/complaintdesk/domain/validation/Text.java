package org.complaintdesk.domain.validation;

import java.util.regex.Pattern;

/**
 * Checks shared by the text value objects. Each check reports every rule the text breaks, not
 * only the first: a text that is too long and holds a control character breaks both rules. The
 * forms that take a {@link Violations} record into it and return the trimmed text (null when the
 * text is missing), so that a value object can go on to its own rules and report them with these.
 */
public final class Text {
    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String FORMAT = "FORMAT";

    private Text() {
    }

    /** Trims and checks a required text: not blank, at most {@code maxLength} characters. */
    public static String required(String field, String value, int maxLength) {
        var violations = new Violations();
        String trimmed = required(violations, field, value, maxLength);
        violations.throwIfAny();
        return trimmed;
    }

    /** Trims and checks the length of a text that is present. */
    public static String bounded(String field, String value, int maxLength) {
        var violations = new Violations();
        String trimmed = bounded(violations, field, value, maxLength);
        violations.throwIfAny();
        return trimmed;
    }

    /**
     * Like {@link #required(String, String, int)}, recording each broken rule in {@code violations};
     * returns the trimmed text, or null when it is blank (a missing text is judged by no other rule).
     */
    public static String required(Violations violations, String field, String value, int maxLength) {
        if (value == null || value.codePoints().allMatch(Text::invisible)) {
            violations.add(field, REQUIRED, "must not be blank");
            return null;
        }
        return bounded(violations, field, value, maxLength);
    }

    /** Like {@link #bounded(String, String, int)}, recording each broken rule in {@code violations}; returns the trimmed text. */
    public static String bounded(Violations violations, String field, String value, int maxLength) {
        String trimmed = strip(value);
        // Code points, not UTF-16 units: a Chinese character counts as one.
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            violations.add(field, TOO_LONG, "must be at most " + maxLength + " characters");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            violations.add(field, FORMAT, "must not contain control characters");
        }
        return trimmed;
    }

    /**
     * Whether a character shows nothing: white space, and also what {@link String#isBlank} lets
     * through, the no-break spaces (U+00A0, U+2007, U+202F) and invisible format characters such
     * as the zero-width space U+200B. A required text made only of these is as blank as one of
     * ASCII spaces.
     */
    static boolean invisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }

    /** The text without the {@linkplain #invisible invisible} characters at either end. */
    static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && invisible(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        while (end > start && invisible(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(start, end);
    }

    /**
     * Records {@code FORMAT} with {@code message} when a text that is present does not match
     * {@code pattern}. A missing text (null) is not judged, and neither is one already refused
     * under {@code FORMAT} (a control character breaks every pattern too: one FORMAT says it).
     * A text that is too long is judged: its length does not hide a wrong form.
     */
    public static void matches(Violations violations, String field, String text, Pattern pattern, String message) {
        if (text != null && !violations.has(field, FORMAT) && !pattern.matcher(text).matches()) {
            violations.add(field, FORMAT, message);
        }
    }
}
