package org.complaintdesk.domain.complaint;

/** What happened to a complaint, as its timeline records it: registration, then one type per step. */
public enum EventType {
    REGISTERED,
    ACCEPTED,
    DECLINED,
    RECLASSIFIED,
    SEVERITY_CHANGED,
    DISPATCHED,
    DISPATCH_RETURNED,
    REDISPATCHED,
    CONTACT_RECORDED,
    INVESTIGATION_RECORDED,
    FINDING_RECORDED,
    RESOLUTION_PROPOSED,
    RESOLUTION_APPROVED,
    RESOLUTION_SENT_BACK,
    REPLIED,
    CALLBACK_RECORDED,
    REVIEW_REQUESTED,
    REVIEW_CONCLUDED,
    WITHDRAWN,
    CLOSED,
    ARCHIVED,
    WAITING_ON_COMPLAINANT,
    WAITING_ENDED,
    URGED
}
