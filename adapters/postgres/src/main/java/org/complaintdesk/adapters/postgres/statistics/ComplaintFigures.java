package org.complaintdesk.adapters.postgres.statistics;

import java.util.List;
import org.complaintdesk.application.statistics.ClockIndicator;
import org.complaintdesk.application.statistics.DurationSummary;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.Rate;
import org.complaintdesk.application.statistics.SatisfactionCounts;

/** The figures over complaints (all but the clocks), from the facts or from the rollup. */
record ComplaintFigures(long received, Rate repeat, DurationSummary timeToReply, Rate reopen, Rate review,
                        DurationSummary timeToClose, Rate resolution, SatisfactionCounts satisfaction) {
    static final ComplaintFigures NONE = new ComplaintFigures(0, Rate.NONE, DurationSummary.NONE, Rate.NONE,
            Rate.NONE, DurationSummary.NONE, Rate.NONE, SatisfactionCounts.NONE);

    HandlingIndicators with(List<ClockIndicator> clocks) {
        return new HandlingIndicators(received, clocks, timeToReply, timeToClose, reopen, review, repeat,
                satisfaction, resolution);
    }
}
