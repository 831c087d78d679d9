package org.complaintdesk.domain.organisation;

import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** A staff member's or system's user id, as the caller's identity provider knows it. */
public record UserId(String value) {
    public static final String FIELD = "user_id";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:-]*");

    public UserId {
        // Every rule the id breaks is reported: too long and of the wrong form at once.
        var violations = new Violations();
        value = Text.required(violations, FIELD, value, 128);
        Text.matches(violations, FIELD, value, FORMAT, "must contain only letters, digits, '.', '_', '@', ':' or '-'");
        violations.throwIfAny();
    }

    @Override
    public String toString() {
        return value;
    }
}
