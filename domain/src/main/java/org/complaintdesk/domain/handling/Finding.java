package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.UserId;

/** The responsibility finding that concludes an investigation, with its grounds. */
public record Finding(Responsibility responsibility, Statement grounds, UserId foundBy, Instant foundAt) {
    public Finding {
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(foundBy, "foundBy");
        Objects.requireNonNull(foundAt, "foundAt");
    }
}
