package org.complaintdesk.domain.complaint;

import java.util.Locale;
import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** A utility customer account number (户号). Personal data: {@link #toString()} masks it. */
public record AccountNumber(String value) {
    public static final String FIELD = "account_number";
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{3,30})[A-Z0-9]");

    public AccountNumber {
        // Every rule the number breaks is reported: too long and of the wrong form at once.
        var violations = new Violations();
        String text = Text.required(violations, FIELD, value, 32);
        value = text == null ? null : text.toUpperCase(Locale.ROOT);
        Text.matches(violations, FIELD, value, FORMAT, "must be 5 to 32 letters, digits or inner hyphens");
        violations.throwIfAny();
    }

    @Override
    public String toString() {
        return "***" + value.substring(value.length() - 3);
    }
}
