package org.complaintdesk.domain.notice;

/** What became of a notice: a gateway reported it delivered or failed, or none reported in time. */
public enum DeliveryOutcome {
    DELIVERED,
    FAILED,
    /** No report came by the notice's confirmation time; a later report still counts. */
    UNCONFIRMED;

    /** Whether a gateway reported this outcome: a notice keeps the first report it gets. */
    public boolean reported() {
        return this != UNCONFIRMED;
    }
}
