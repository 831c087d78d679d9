package org.complaintdesk.application.warning;

/**
 * What a warning rule measures in its window. Each metric names the complaints that count and the
 * complaints that caused a crossing, which a warning lists.
 */
public enum WarningMetric {
    /** Complaints received in the window: a count; every one counted is a cause. */
    RECEIVED("received", false),
    /**
     * The satisfaction rate of the callbacks recorded in the window, (satisfied + basically
     * satisfied) / (those + unsatisfied), as in the statistics; the unsatisfied are the causes.
     */
    SATISFACTION("satisfaction", true),
    /**
     * The share of the replies given in the window that came after the REPLY clock's due (a round
     * the monitor recorded as met late, as the statistics count breaches, or a breach alert it
     * raised); the late ones are the causes.
     */
    LATE_REPLIES("late-replies", true);

    private final String word;
    private final boolean rate;

    WarningMetric(String word, boolean rate) {
        this.word = word;
        this.rate = rate;
    }

    /** The metric's name in a rules file. */
    public String word() {
        return word;
    }

    /** Whether the metric is a share (compared in percent) rather than a count. */
    public boolean isRate() {
        return rate;
    }
}
