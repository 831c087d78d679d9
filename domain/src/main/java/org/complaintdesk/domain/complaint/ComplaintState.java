package org.complaintdesk.domain.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint stands in its life ("Life of a complaint" in domain.md). Each state says what
 * the complaint waits for; {@link Complaint}'s step methods move it between them.
 */
public enum ComplaintState {
    /** Recorded in the register; awaits the acceptance review (accept or decline). */
    REGISTERED,
    /** Not accepted (out of scope); may only be closed. */
    DECLINED,
    /** Accepted and awaiting dispatch, also after a department returned a dispatch. */
    ACCEPTED,
    /** Dispatched to a lead department and handler; the department has not started investigating. */
    DISPATCHED,
    /** Under investigation, also after an unsatisfied callback, a resolution sent back or a changed review. */
    INVESTIGATING,
    /** A resolution was proposed and awaits approval. */
    RESOLUTION_PROPOSED,
    /** The resolution stands (approved, or needing no approval); awaits the reply. */
    RESOLVED,
    /** The complainant has the reply; awaits the callback. */
    REPLIED,
    /** The callback is recorded; the complaint may be closed. */
    CALLED_BACK,
    /** The complainant asked for a review after the reply; awaits its conclusion. */
    UNDER_REVIEW,
    /** The complainant withdrew the complaint; may only be closed. */
    WITHDRAWN,
    /** Handling is finished; awaits archiving. */
    CLOSED,
    /** Filed; read-only from now on. */
    ARCHIVED;

    private static final Set<ComplaintState> ENDED = EnumSet.of(DECLINED, WITHDRAWN, CLOSED, ARCHIVED);

    /** Whether the complaint is still being handled: not declined, withdrawn, closed or archived. */
    public boolean isOpen() {
        return !ENDED.contains(this);
    }

    /** The states in which a complaint is open. */
    public static Set<ComplaintState> open() {
        return EnumSet.complementOf(EnumSet.copyOf(ENDED));
    }
}
