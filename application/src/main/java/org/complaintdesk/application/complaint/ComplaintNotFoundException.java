package org.complaintdesk.application.complaint;

import org.complaintdesk.domain.validation.DomainException;

/** No complaint has the id or ticket number asked for. */
public final class ComplaintNotFoundException extends DomainException {
    public static final String RULE = "COMPLAINT_NOT_FOUND";
    private final String lookupKey;

    public ComplaintNotFoundException(String lookupKey) {
        super(RULE, "no complaint " + lookupKey);
        this.lookupKey = lookupKey;
    }

    /** The id or ticket number that was looked up. */
    public String lookupKey() {
        return lookupKey;
    }
}
