package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.organisation.UserId;

/** A contact with the complainant (003 三.2(2)): when, how, what was said and what was promised. */
public record Contact(Instant contactedAt, ContactMethod method, Statement summary, Optional<Statement> promise,
                      UserId recordedBy) {
    public Contact {
        Objects.requireNonNull(contactedAt, "contactedAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
