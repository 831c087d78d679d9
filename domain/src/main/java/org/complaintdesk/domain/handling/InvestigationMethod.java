package org.complaintdesk.domain.handling;

/** How facts were established (000 二(二), 002 ch.3). */
public enum InvestigationMethod {
    SITE_INSPECTION,
    QUESTIONING,
    /** Contracts, bills, repair logs, dispatch logs. */
    DOCUMENT_REVIEW,
    TECHNICAL_TEST,
    EXPERT_CONSULTATION
}
