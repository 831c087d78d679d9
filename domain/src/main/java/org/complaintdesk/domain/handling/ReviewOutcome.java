package org.complaintdesk.domain.handling;

/** The conclusion of a review (复查, 000 二(四)2). */
public enum ReviewOutcome {
    /** The earlier result stands. */
    UPHELD,
    /** The earlier result is changed: handling reopens. */
    CHANGED
}
