package org.complaintdesk.application.statistics;

/** Which earlier period a result is compared with: 环比 (previous month) or 同比 (previous year). */
public enum Comparison {
    NONE,
    /** Both ends one calendar month earlier. */
    PREVIOUS_MONTH,
    /** Both ends one calendar year earlier. */
    PREVIOUS_YEAR
}
