package org.complaintdesk.application.report;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * One early warning as the report lists it: when it was raised, by which rule, for which unit, what
 * crossed the threshold (in words, without personal data) and how many complaints caused it.
 */
public record RaisedWarning(Instant raisedAt, String rule, OrgUnitId unit, String description, long complaints) {
    public RaisedWarning {
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (complaints < 0) {
            throw new IllegalArgumentException("complaints are not negative");
        }
    }
}
