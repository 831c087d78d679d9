package org.complaintdesk.application.publicview;

/**
 * Where a complaint stands, in the few stages a complainant tells apart; the states of the handling
 * in between (dispatch, investigation, approval) are the office's business and show as one.
 */
public enum PublicStage {
    /** Registered; whether it is accepted is being decided. */
    RECEIVED,
    /** Not accepted; the view says why and where to turn. */
    NOT_ACCEPTED,
    /** Accepted and being handled. */
    IN_PROGRESS,
    /** Handling waits for the complainant: materials, a site visit, or a way to reach them. */
    WAITING_FOR_COMPLAINANT,
    /** Answered; the view carries the reply. */
    REPLIED,
    /** The complainant asked for a review of the reply; it is under way. */
    UNDER_REVIEW,
    /** The complainant withdrew it. */
    WITHDRAWN,
    /** Handling is finished. */
    CLOSED
}
