package org.complaintdesk.domain.deadline;

/** Where a round of a clock stands at the moment the clocks were computed. */
public enum ClockState {
    /** Started and not yet due (it may be paused: see {@link ComplaintClock#pause()}). */
    RUNNING,
    /** The step it waited for was taken; {@link ComplaintClock#late()} tells whether in time. */
    MET,
    /** Still waiting for its step, and the due time has passed. */
    BREACHED,
    /** Ended without its step: the complaint ended, the dispatch was returned, or no rule applies any more. */
    STOPPED,
    /** A window given to the complainant (the review window) ran out unused: nobody was late. */
    ELAPSED
}
