package org.complaintdesk.application.statistics;

import java.util.Objects;
import java.util.Optional;

/**
 * How long a step took over {@code count} complaints: median and 90th percentile (linear
 * interpolation between the nearest ranks, as PostgreSQL's percentile_cont), in elapsed hours (each
 * complaint's rounded to a tenth) and in working days. Working days count the working days of the official calendar after the day of
 * the start up to and including the day of the end, in the business time zone: a reply on the day
 * of receipt took 0, one on the next working day 1. Empty when {@code count} is 0.
 */
public record DurationSummary(long count, Optional<Double> medianHours, Optional<Double> p90Hours,
                              Optional<Double> medianWorkingDays, Optional<Double> p90WorkingDays) {
    public static final DurationSummary NONE = new DurationSummary(0, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public DurationSummary {
        Objects.requireNonNull(medianHours, "medianHours");
        Objects.requireNonNull(p90Hours, "p90Hours");
        Objects.requireNonNull(medianWorkingDays, "medianWorkingDays");
        Objects.requireNonNull(p90WorkingDays, "p90WorkingDays");
    }
}
