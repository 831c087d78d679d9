package org.complaintdesk.domain.handling;

/** Where a proposed resolution stands with its approver. */
public enum ApprovalStatus {
    /** The approval policy does not ask for approval: the resolution applies as proposed. */
    NOT_REQUIRED,
    /** Awaits an approver's decision. */
    PENDING,
    APPROVED,
    /** The approver sent it back to the investigation with a reason. */
    SENT_BACK
}
