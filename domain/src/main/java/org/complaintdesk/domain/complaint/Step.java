package org.complaintdesk.domain.complaint;

import java.util.Locale;

/**
 * The steps of handling a complaint, each with the event it leaves on the timeline. Who may take
 * each step is {@link StepPolicy}'s to say.
 */
public enum Step {
    /** Entering a new complaint in the register; the one step not taken on an existing complaint. */
    REGISTER(EventType.REGISTERED),
    ACCEPT(EventType.ACCEPTED),
    DECLINE(EventType.DECLINED),
    RECLASSIFY(EventType.RECLASSIFIED),
    CHANGE_SEVERITY(EventType.SEVERITY_CHANGED),
    DISPATCH(EventType.DISPATCHED),
    RETURN(EventType.DISPATCH_RETURNED),
    REDISPATCH(EventType.REDISPATCHED),
    RECORD_CONTACT(EventType.CONTACT_RECORDED),
    RECORD_INVESTIGATION(EventType.INVESTIGATION_RECORDED),
    RECORD_FINDING(EventType.FINDING_RECORDED),
    PROPOSE_RESOLUTION(EventType.RESOLUTION_PROPOSED),
    APPROVE_RESOLUTION(EventType.RESOLUTION_APPROVED),
    SEND_BACK_RESOLUTION(EventType.RESOLUTION_SENT_BACK),
    REPLY(EventType.REPLIED),
    RECORD_CALLBACK(EventType.CALLBACK_RECORDED),
    REQUEST_REVIEW(EventType.REVIEW_REQUESTED),
    CONCLUDE_REVIEW(EventType.REVIEW_CONCLUDED),
    WAIT_ON_COMPLAINANT(EventType.WAITING_ON_COMPLAINANT),
    RESUME_HANDLING(EventType.WAITING_ENDED),
    URGE(EventType.URGED),
    REQUEST_EXTENSION(EventType.EXTENSION_REQUESTED),
    APPROVE_EXTENSION(EventType.EXTENSION_APPROVED),
    REJECT_EXTENSION(EventType.EXTENSION_REJECTED),
    SUPERVISE(EventType.SUPERVISED),
    RETIME_CLOCKS(EventType.CLOCKS_RETIMED),
    WITHDRAW(EventType.WITHDRAWN),
    CLOSE(EventType.CLOSED),
    ARCHIVE(EventType.ARCHIVED),
    /** A gateway reports that a notice to the complainant reached them. */
    REPORT_NOTICE_DELIVERED(EventType.NOTICE_DELIVERED),
    /** A gateway reports that a notice to the complainant could not be delivered. */
    REPORT_NOTICE_FAILED(EventType.NOTICE_FAILED),
    /** The monitor notes that no gateway reported on a notice in time. */
    NOTE_NOTICE_UNCONFIRMED(EventType.NOTICE_UNCONFIRMED);

    private final EventType event;

    Step(EventType event) {
        this.event = event;
    }

    public EventType event() {
        return event;
    }

    /** The step in words, for messages: "record contact". */
    public String phrase() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
