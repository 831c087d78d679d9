package org.complaintdesk.domain.complaint;

import java.util.Locale;
import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/** A utility customer account number (户号). Personal data: {@link #toString()} masks it. */
public record AccountNumber(String value) {
    public static final String FIELD = "account_number";
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{3,30})[A-Z0-9]");

    public AccountNumber {
        value = Text.required(FIELD, value, 32).toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(FIELD, Text.FORMAT,
                    "must be 5 to 32 letters, digits or inner hyphens");
        }
    }

    @Override
    public String toString() {
        return "***" + value.substring(value.length() - 3);
    }
}
