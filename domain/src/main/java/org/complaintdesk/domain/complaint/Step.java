package org.complaintdesk.domain.complaint;

import static org.complaintdesk.domain.organisation.Role.AGENT;
import static org.complaintdesk.domain.organisation.Role.DIRECTOR;
import static org.complaintdesk.domain.organisation.Role.HANDLER;
import static org.complaintdesk.domain.organisation.Role.SUPERVISOR;
import static org.complaintdesk.domain.organisation.Role.SYSTEM;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.complaintdesk.domain.organisation.Role;

/**
 * The steps of handling a complaint, each with the event it leaves and the roles that may take it
 * (004 二: intake, handling, callback groups; director and deputies decide on major cases).
 * AUDITOR takes no step. SYSTEM stands for an integrated platform acting on a person's behalf
 * and may take the routine steps, never a decision that needs a person's judgement.
 */
public enum Step {
    ACCEPT(EventType.ACCEPTED, AGENT, SUPERVISOR, DIRECTOR),
    DECLINE(EventType.DECLINED, AGENT, SUPERVISOR, DIRECTOR),
    RECLASSIFY(EventType.RECLASSIFIED, AGENT, HANDLER, SUPERVISOR, DIRECTOR),
    CHANGE_SEVERITY(EventType.SEVERITY_CHANGED, AGENT, HANDLER, SUPERVISOR, DIRECTOR),
    DISPATCH(EventType.DISPATCHED, AGENT, SUPERVISOR, DIRECTOR, SYSTEM),
    RETURN_DISPATCH(EventType.DISPATCH_RETURNED, HANDLER, SUPERVISOR, DIRECTOR),
    REDISPATCH(EventType.REDISPATCHED, SUPERVISOR, DIRECTOR),
    RECORD_CONTACT(EventType.CONTACT_RECORDED, AGENT, HANDLER, SUPERVISOR, DIRECTOR, SYSTEM),
    RECORD_INVESTIGATION(EventType.INVESTIGATION_RECORDED, HANDLER, SUPERVISOR, DIRECTOR),
    RECORD_FINDING(EventType.FINDING_RECORDED, HANDLER, SUPERVISOR, DIRECTOR),
    PROPOSE_RESOLUTION(EventType.RESOLUTION_PROPOSED, HANDLER, SUPERVISOR, DIRECTOR),
    APPROVE_RESOLUTION(EventType.RESOLUTION_APPROVED, SUPERVISOR, DIRECTOR),
    SEND_BACK_RESOLUTION(EventType.RESOLUTION_SENT_BACK, SUPERVISOR, DIRECTOR),
    REPLY(EventType.REPLIED, AGENT, HANDLER, SUPERVISOR, DIRECTOR, SYSTEM),
    // 004 二: the callback group, not the handlers, asks the complainant how it went.
    RECORD_CALLBACK(EventType.CALLBACK_RECORDED, AGENT, SUPERVISOR, DIRECTOR, SYSTEM),
    REQUEST_REVIEW(EventType.REVIEW_REQUESTED, AGENT, SUPERVISOR, DIRECTOR, SYSTEM),
    // 000 二(四)2: the review is decided a level above the handling.
    CONCLUDE_REVIEW(EventType.REVIEW_CONCLUDED, SUPERVISOR, DIRECTOR),
    // Stop-the-clock: whoever may contact the complainant records that the handling waits on them.
    AWAIT_COMPLAINANT(EventType.WAITING_ON_COMPLAINANT, AGENT, HANDLER, SUPERVISOR, DIRECTOR, SYSTEM),
    RESUME_HANDLING(EventType.WAITING_ENDED, AGENT, HANDLER, SUPERVISOR, DIRECTOR, SYSTEM),
    // 催办: the leads of the complaint office urge the handling on, with a note to those handling it.
    URGE(EventType.URGED, SUPERVISOR, DIRECTOR),
    // 002 3.4: whoever handles the complaint asks for more time; a lead decides.
    REQUEST_EXTENSION(EventType.EXTENSION_REQUESTED, AGENT, HANDLER, SUPERVISOR, DIRECTOR),
    APPROVE_EXTENSION(EventType.EXTENSION_APPROVED, SUPERVISOR, DIRECTOR),
    REJECT_EXTENSION(EventType.EXTENSION_REJECTED, SUPERVISOR, DIRECTOR),
    // 督办: the monitor escalates by policy; a lead may also put a complaint under supervision.
    SUPERVISE(EventType.SUPERVISED, SUPERVISOR, DIRECTOR, SYSTEM),
    // The monitor notes that a new calendar or policy moved the running clocks.
    RETIME_CLOCKS(EventType.CLOCKS_RETIMED, SYSTEM),
    WITHDRAW(EventType.WITHDRAWN, AGENT, HANDLER, SUPERVISOR, DIRECTOR, SYSTEM),
    CLOSE(EventType.CLOSED, AGENT, SUPERVISOR, DIRECTOR, SYSTEM),
    // 004 二: the general group files the records.
    ARCHIVE(EventType.ARCHIVED, AGENT, SUPERVISOR, DIRECTOR, SYSTEM);

    private final EventType event;
    private final Set<Role> roles;

    Step(EventType event, Role first, Role... rest) {
        this.event = event;
        this.roles = EnumSet.of(first, rest);
    }

    public EventType event() {
        return event;
    }

    /** The roles that may take this step (approval may narrow it further, see {@link ApprovalPolicy}). */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The step in words, for messages: "return dispatch". */
    public String phrase() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
