package org.complaintdesk.application.statistics;

/** Trend buckets by receipt, in the business time zone; a week starts on Monday (ISO). */
public enum TimeBucket {
    NONE, DAY, WEEK, MONTH
}
