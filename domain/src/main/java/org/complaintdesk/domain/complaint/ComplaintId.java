package org.complaintdesk.domain.complaint;

import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** The complaint's identity, assigned by the service. */
public record ComplaintId(UUID value) {
    public ComplaintId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads a UUID; every rule the text breaks is reported, too long and not a UUID at once. */
    public static ComplaintId parse(String field, String text) {
        var violations = new Violations();
        String given = Text.required(violations, field, text, 36);
        UUID uuid = null;
        if (given != null && !violations.has(field, Text.FORMAT)) {
            try {
                uuid = UUID.fromString(given);
            } catch (IllegalArgumentException e) {
                violations.add(field, Text.FORMAT, "must be a UUID");
            }
        }
        violations.throwIfAny();
        return new ComplaintId(uuid);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
