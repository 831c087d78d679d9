package org.complaintdesk.application.statistics;

import java.util.List;
import java.util.Objects;

/**
 * The indicators regulators audit (000 二(五)2, 002 ch.7 and ch.8 §2, 003 四.1(3), 004 综合组), for one
 * slice. Each is over its own complaints, all within the scope and filter:
 *
 * @param received     complaints received in the period
 * @param clocks       per clock kind, the rounds due in the period (see {@link ClockIndicator}), in
 *                     the order of {@code ClockKind}; kinds with nothing due are left out
 * @param timeToReply  receipt to the current reply, over complaints replied in the period
 * @param timeToClose  receipt to closing, over complaints closed in the period that were accepted
 *                     (declined and withdrawn ones are not handled to a close)
 * @param reopenRate   of complaints replied in the period, those reopened at least once (an
 *                     unsatisfied callback or a changed review sent them back to investigation)
 * @param reviewRate   of complaints replied in the period, those whose complainant asked for a review
 * @param repeatRate   of complaints received in the period, those whose complainant (same phone)
 *                     had complained in the same tenant within the {@value #REPEAT_WINDOW_DAYS}
 *                     days before: known only for complaints whose phone index is stored
 * @param satisfaction the latest callbacks recorded in the period
 * @param resolutionRate 解决率: of complaints closed in the period that were accepted, those closed
 *                     with a resolution standing (approved or needing no approval) and no
 *                     unsatisfied latest callback
 */
public record HandlingIndicators(long received, List<ClockIndicator> clocks, DurationSummary timeToReply,
                                 DurationSummary timeToClose, Rate reopenRate, Rate reviewRate, Rate repeatRate,
                                 SatisfactionCounts satisfaction, Rate resolutionRate) {
    public static final int REPEAT_WINDOW_DAYS = 30;

    public HandlingIndicators {
        clocks = List.copyOf(clocks);
        Objects.requireNonNull(timeToReply, "timeToReply");
        Objects.requireNonNull(timeToClose, "timeToClose");
        Objects.requireNonNull(reopenRate, "reopenRate");
        Objects.requireNonNull(reviewRate, "reviewRate");
        Objects.requireNonNull(repeatRate, "repeatRate");
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(resolutionRate, "resolutionRate");
    }

    /** Breaches over every clock kind: rounds due in the period not met in time. */
    public long breaches() {
        return clocks.stream().mapToLong(ClockIndicator::breached).sum();
    }

    /** The on-time rate over every clock kind together. */
    public Rate onTimeRate() {
        long met = clocks.stream().mapToLong(ClockIndicator::metInTime).sum();
        return new Rate(met, met + breaches());
    }
}
