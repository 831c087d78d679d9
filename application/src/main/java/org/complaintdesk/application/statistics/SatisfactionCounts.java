package org.complaintdesk.application.statistics;

/**
 * The verdicts of the callbacks recorded in the period (000 二(四)1, 003 三.2(5), 004 二 回访组), by
 * each complaint's latest callback: after an unsatisfied callback the complaint is handled again
 * and its next callback replaces the verdict. {@code unreachable}: the callback found no one.
 * Satisfaction rate (满意率) = (satisfied + basically satisfied) / (satisfied + basically satisfied +
 * unsatisfied): complainants who gave no verdict are left out of it.
 */
public record SatisfactionCounts(long satisfied, long basicallySatisfied, long unsatisfied, long unreachable) {
    public static final SatisfactionCounts NONE = new SatisfactionCounts(0, 0, 0, 0);

    public SatisfactionCounts {
        if (satisfied < 0 || basicallySatisfied < 0 || unsatisfied < 0 || unreachable < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    public long reached() {
        return satisfied + basicallySatisfied + unsatisfied;
    }

    public Rate satisfactionRate() {
        return new Rate(satisfied + basicallySatisfied, reached());
    }
}
