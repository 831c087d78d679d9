package org.complaintdesk.application.request;

import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** The caller's id for one intended change (AIP-155); retries reuse it so the change happens once. */
public record RequestId(String value) {
    public static final String FIELD = "request_id";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public RequestId {
        // Every rule the id breaks is reported: too long and of the wrong form at once.
        var violations = new Violations();
        value = Text.required(violations, FIELD, value, 64);
        Text.matches(violations, FIELD, value, FORMAT, "must be 1 to 64 letters, digits, '-' or '_' (a UUID is best)");
        violations.throwIfAny();
    }

    @Override
    public String toString() {
        return value;
    }
}
