package org.complaintdesk.domain.complaint;

import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/**
 * A complainant's phone number, normalised: a mainland mobile number as 11 digits, or a landline
 * as {@code area-number[-extension]}. Personal data: {@link #toString()} masks it.
 */
public record PhoneNumber(String value) {
    public static final String FIELD = "phone_number";
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3})-?([1-9]\\d{6,7})(?:-(\\d{1,6}))?");

    public PhoneNumber {
        value = normalise(value);
    }

    public static PhoneNumber of(String raw) {
        return new PhoneNumber(raw);
    }

    /** The normal form; every rule the number breaks is reported, too long and of the wrong form at once. */
    private static String normalise(String raw) {
        var violations = new Violations();
        String given = Text.required(violations, FIELD, raw, 32);
        String normal = given == null ? null : normalForm(given);
        if (given != null && normal == null && !violations.has(FIELD, Text.FORMAT)) {
            violations.add(FIELD, Text.FORMAT,
                    "must be a mainland mobile number (11 digits starting 13-19) or a landline with area code, e.g. 010-12345678");
        }
        violations.throwIfAny();
        return normal;
    }

    /** The number as a mobile or a landline number in normal form, or null if it is neither. */
    private static String normalForm(String given) {
        String text = given.replace(" ", "");
        if (text.startsWith("+86")) {
            text = text.substring(3);
        } else if (text.startsWith("0086")) {
            text = text.substring(4);
        }
        text = text.replaceFirst("^-", "");
        if (MOBILE.matcher(text).matches()) {
            return text;
        }
        var landline = LANDLINE.matcher(text);
        if (landline.matches()) {
            String ext = landline.group(3);
            return landline.group(1) + "-" + landline.group(2) + (ext == null ? "" : "-" + ext);
        }
        return null;
    }

    public boolean isMobile() {
        return MOBILE.matcher(value).matches();
    }

    /** Masked: the last four digits only, as agents read them back to callers. */
    @Override
    public String toString() {
        return "***" + value.substring(value.length() - 4);
    }
}
