package org.complaintdesk.domain.complaint;

/** Where a complaint stands in its life. */
public enum ComplaintState {
    /** Recorded in the register; awaits the acceptance review. */
    REGISTERED
}
