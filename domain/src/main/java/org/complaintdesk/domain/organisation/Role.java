package org.complaintdesk.domain.organisation;

/** What a caller does in the complaint office (004 二) or in an operating department. */
public enum Role {
    /** Intake: hotline and counter staff who register complaints. */
    AGENT,
    /** Staff of a department who investigate and resolve dispatched complaints. */
    HANDLER,
    /** Group leads who dispatch, approve and conclude reviews. */
    SUPERVISOR,
    /** Director and deputies: approve, supervise, decide on major cases. */
    DIRECTOR,
    /** Read-only access for audit and statistics. */
    AUDITOR,
    /** Another system (platform integration, monitor). */
    SYSTEM,
    /** Keeps the organisation-wide settings, such as the working-day calendar; takes no step on complaints. */
    ADMINISTRATOR,
    /**
     * A public portal's backend (a WeChat account, the website) that shows complainants their own
     * complaint: it may only ask for the public view, with the ticket number and verification code
     * the complainant gives; it takes no step and reads nothing else.
     */
    PORTAL
}
