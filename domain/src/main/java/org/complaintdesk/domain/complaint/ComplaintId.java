package org.complaintdesk.domain.complaint;

import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/** The complaint's identity, assigned by the service. */
public record ComplaintId(UUID value) {
    public ComplaintId {
        Objects.requireNonNull(value, "value");
    }

    public static ComplaintId parse(String field, String text) {
        try {
            return new ComplaintId(UUID.fromString(Text.required(field, text, 36)));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, Text.FORMAT, "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
