package org.complaintdesk.application.request;

import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/** The caller's id for one intended change (AIP-155); retries reuse it so the change happens once. */
public record RequestId(String value) {
    public static final String FIELD = "request_id";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public RequestId {
        value = Text.required(FIELD, value, 64);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(FIELD, Text.FORMAT, "must be 1 to 64 letters, digits, '-' or '_' (a UUID is best)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
