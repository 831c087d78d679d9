package org.complaintdesk.domain.complaint;

import org.complaintdesk.domain.validation.Text;

/** What the complainant asks for (诉求). At most 2000 characters, not blank. */
public record Demand(String value) {
    public static final String FIELD = "demand";
    public static final int MAX_LENGTH = 2000;

    public Demand {
        value = Text.required(FIELD, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        // Free text may name people and places: keep it out of logs.
        return "%s[%d chars]".formatted(getClass().getSimpleName(), value.length());
    }
}
