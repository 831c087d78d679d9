package org.complaintdesk.domain.complaint;

import org.complaintdesk.domain.validation.Text;

/** A short subject line, e.g. "estimated meter reading". At most 100 characters, not blank. */
public record Topic(String value) {
    public static final String FIELD = "topic";
    public static final int MAX_LENGTH = 100;

    public Topic {
        value = Text.required(FIELD, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
