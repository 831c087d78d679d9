package org.complaintdesk.application.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One group: the first day of its time bucket (when bucketed), its keys in the order of the
 * groupings (see {@link Dimension} for their form), and how many complaints were received in it.
 */
public record CountRow(Optional<LocalDate> bucket, List<String> keys, long count) {
    public CountRow {
        Objects.requireNonNull(bucket, "bucket");
        keys = List.copyOf(keys);
    }
}
