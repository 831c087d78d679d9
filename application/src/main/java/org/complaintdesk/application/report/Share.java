package org.complaintdesk.application.report;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.statistics.Rate;

/**
 * One value of a breakdown (a nature, a channel, a topic): its count this month, its share of the
 * month's complaints, and its count the month before (环比).
 */
public record Share(String key, long count, long monthTotal, long previousMonth) {
    public Share {
        Objects.requireNonNull(key, "key");
        if (count < 0 || previousMonth < 0 || count > monthTotal) {
            throw new IllegalArgumentException("a share counts 0 to the month's total");
        }
    }

    public Rate share() {
        return new Rate(count, monthTotal);
    }

    /** (this month - previous month) / previous month; empty when the previous month had none. */
    public Optional<Double> change() {
        return previousMonth == 0 ? Optional.empty() : Optional.of((double) (count - previousMonth) / previousMonth);
    }
}
