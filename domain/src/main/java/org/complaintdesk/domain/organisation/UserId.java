package org.complaintdesk.domain.organisation;

import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/** A staff member's or system's user id, as the caller's identity provider knows it. */
public record UserId(String value) {
    public static final String FIELD = "user_id";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:-]*");

    public UserId {
        value = Text.required(FIELD, value, 128);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(FIELD, Text.FORMAT,
                    "must contain only letters, digits, '.', '_', '@', ':' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
