package org.complaintdesk.application.statistics;

import java.util.Objects;
import java.util.Optional;

/** The indicators of the period asked, and of the comparison period when one was asked for. */
public record IndicatorResult(Indicators current, Optional<Indicators> comparison) {
    public IndicatorResult {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(comparison, "comparison");
    }
}
