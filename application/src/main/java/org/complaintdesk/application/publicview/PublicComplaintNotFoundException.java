package org.complaintdesk.application.publicview;

import org.complaintdesk.domain.validation.DomainException;

/**
 * No complaint answers to this ticket number and verification code. One refusal, with one message,
 * for a wrong code, an unknown ticket number and a complaint the portal may not show: the answer
 * must not tell which.
 */
public final class PublicComplaintNotFoundException extends DomainException {
    public static final String RULE = "NO_MATCHING_COMPLAINT";
    public static final String MESSAGE = "no complaint matches this ticket number and verification code";

    public PublicComplaintNotFoundException() {
        super(RULE, MESSAGE);
    }
}
