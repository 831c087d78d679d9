package org.complaintdesk.domain.complaint;

import org.complaintdesk.domain.validation.Text;

/** Why someone decided as they did; required wherever a decision departs from a proposal. At most 500 characters, not blank. */
public record Reason(String value) {
    public static final String FIELD = "reason";
    public static final int MAX_LENGTH = 500;

    public Reason {
        value = Text.required(FIELD, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
