package org.complaintdesk.application.event;

import java.util.Objects;
import java.util.UUID;

/** The stable identity of a published event: the same on every delivery, so that receivers can drop repeats. */
public record EventId(UUID value) {
    public EventId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
