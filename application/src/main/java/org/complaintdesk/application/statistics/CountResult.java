package org.complaintdesk.application.statistics;

import java.util.Objects;
import java.util.Optional;

/** The counts of the period asked, and of the comparison period when one was asked for. */
public record CountResult(Counts current, Optional<Counts> comparison) {
    public CountResult {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(comparison, "comparison");
    }
}
