package org.complaintdesk.domain.handling;

/** Why a complaint is not accepted (000 二(一)3, 004 三.3). */
public enum DeclineReason {
    /** The matter is another body's duty (a government department, another company). */
    OTHER_BODYS_DUTY,
    /** The matter is already before a court or an arbitration body. */
    BEFORE_COURT_OR_ARBITRATION,
    /** The complaint names no concrete object or content. */
    NO_CONCRETE_CONTENT,
    /** The same matter is already registered and being handled. */
    DUPLICATE
}
