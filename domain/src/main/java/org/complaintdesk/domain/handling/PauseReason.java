package org.complaintdesk.domain.handling;

/**
 * Why a complaint waits on the complainant (stop-the-clock, {@link ComplainantWait}). While it
 * does, the clocks whose deadline rule names the reason are paused, and the time is left out of
 * their limits.
 */
public enum PauseReason {
    /** Materials or evidence were asked of the complainant and have not arrived. */
    MATERIALS_REQUESTED,
    /** The complainant refused or put off the site visit. */
    SITE_VISIT_REFUSED,
    /** The complainant could not be reached by the means they gave. */
    COMPLAINANT_UNREACHABLE
}
