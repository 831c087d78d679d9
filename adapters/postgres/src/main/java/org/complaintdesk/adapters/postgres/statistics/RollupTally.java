package org.complaintdesk.adapters.postgres.statistics;

import org.complaintdesk.application.statistics.DurationSummary;
import org.complaintdesk.application.statistics.Rate;
import org.complaintdesk.application.statistics.SatisfactionCounts;

/**
 * The complaint figures of one group added up from rows of the monthly rollup (V17): each row is
 * a number of complaints that share a figure and the values it counts.
 */
final class RollupTally {
    private long received;
    private long repeat;
    private long replied;
    private long reopened;
    private long reviewed;
    private long closed;
    private long resolved;
    private long satisfied;
    private long basicallySatisfied;
    private long unsatisfied;
    private long unreachable;
    private final ValueCounts replyTenths = new ValueCounts();
    private final ValueCounts replyDays = new ValueCounts();
    private final ValueCounts closeTenths = new ValueCounts();
    private final ValueCounts closeDays = new ValueCounts();

    /** One rollup row, column by column; the values a figure does not use are null. */
    void add(String figure, Integer hoursTenths, Integer workingDays, Boolean isRepeat, Boolean wasReopened,
             Boolean wasReviewed, Boolean isResolved, String satisfaction, long n) {
        switch (figure) {
            case "RECEIVED" -> {
                received += n;
                repeat += Boolean.TRUE.equals(isRepeat) ? n : 0;
            }
            case "REPLIED" -> {
                replied += n;
                reopened += Boolean.TRUE.equals(wasReopened) ? n : 0;
                reviewed += Boolean.TRUE.equals(wasReviewed) ? n : 0;
                replyTenths.add(hoursTenths, n);
                replyDays.add(workingDays, n);
            }
            case "CLOSED" -> {
                closed += n;
                resolved += Boolean.TRUE.equals(isResolved) ? n : 0;
                closeTenths.add(hoursTenths, n);
                closeDays.add(workingDays, n);
            }
            case "CALLBACK" -> {
                if (satisfaction == null) {
                    unreachable += n;
                } else {
                    switch (satisfaction) {
                        case "SATISFIED" -> satisfied += n;
                        case "BASICALLY_SATISFIED" -> basicallySatisfied += n;
                        case "UNSATISFIED" -> unsatisfied += n;
                        default -> throw new IllegalStateException("unknown callback verdict " + satisfaction);
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a complaint figure: " + figure);
        }
    }

    ComplaintFigures figures() {
        return new ComplaintFigures(received, new Rate(repeat, received), duration(replied, replyTenths, replyDays),
                new Rate(reopened, replied), new Rate(reviewed, replied), duration(closed, closeTenths, closeDays),
                new Rate(resolved, closed),
                new SatisfactionCounts(satisfied, basicallySatisfied, unsatisfied, unreachable));
    }

    private static DurationSummary duration(long count, ValueCounts tenths, ValueCounts days) {
        if (count == 0) {
            return DurationSummary.NONE;
        }
        return new DurationSummary(count, tenths.percentile(0.5, 10), tenths.percentile(0.9, 10),
                days.percentile(0.5, 1), days.percentile(0.9, 1));
    }
}
