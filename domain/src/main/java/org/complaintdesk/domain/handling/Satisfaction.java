package org.complaintdesk.domain.handling;

/** The complainant's verdict on the handling (003 三.2(5), 004 二 回访组). */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    /** Sends the complaint back to investigation (004 二 回访组). */
    UNSATISFIED
}
