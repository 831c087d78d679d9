package org.complaintdesk.domain.handling;

/**
 * The time limits a complaint runs against, one per row of domain.md's "Time limits" table (plus
 * the review window of {@code HandlingPolicy}). Which rule times a clock, and on which steps it
 * starts, is met or stops, is {@code DeadlinePolicy} data; the sources below are those of the
 * seed defaults. It lives with the handling because extensions and supervision name the clock they
 * concern, and the deadline rules build on the handling, not the other way round.
 */
public enum ClockKind {
    /** Registered within 1 working day of receipt (002 5.2.7); complete once acceptance is decided (002 5.2.6). */
    REGISTRATION,
    /** Passed to the handling department within 1 hour of receipt, level 1 at once (003 三.2(1), 三.3(1)). */
    FORWARD_TO_DEPARTMENT,
    /** The department contacts the complainant within 2 hours; level 1: on site within 30 minutes (003 三.2(2), 三.3(2)). */
    FIRST_CONTACT,
    /** The investigation report (the responsibility finding) within 3 working days of dispatch (002 5.2.8). */
    INVESTIGATION_REPORT,
    /** Heating: handled within 24 hours of the contact; level 1 "as fast as possible" has no number (003 三.2(3)). */
    RESOLUTION,
    /** The result fed back within 5 working days of the decision on it (002 5.2.9). */
    FEEDBACK_AFTER_DECISION,
    /** The reply by the form of the complaint: letter 5, phone 2, online 3 working days from receipt (002 ch.5 §2). */
    REPLY,
    /** The callback within 24 hours of the reply, level 1 within 48 hours (003 三.2(5), 三.3(7)). */
    CALLBACK,
    /**
     * Following up with the complainant: first within 48 hours of receipt (24 hours if urgent), then
     * weekly while the complaint waits for its reply (002 3.4.6). Round 1 is the first follow-up.
     */
    FOLLOW_UP,
    /** Level 1: the complainant hears of the progress at least every 2 hours while it is handled (003 三.3(4)). */
    PROGRESS_UPDATE,
    /**
     * The complainant's window to ask for a review after the reply (000 二(四)2): 30 days, after the
     * national rules on petitions (信访工作条例 §35), as {@code HandlingPolicy.reviewWindow}. A window
     * elapses; it is not breached.
     */
    REVIEW_WINDOW
}
