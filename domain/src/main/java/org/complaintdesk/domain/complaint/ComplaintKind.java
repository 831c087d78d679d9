package org.complaintdesk.domain.complaint;

/** 002 ch.6: complaints, consultations and suggestions share the register but not the handling. */
public enum ComplaintKind {
    COMPLAINT, CONSULTATION, SUGGESTION
}
