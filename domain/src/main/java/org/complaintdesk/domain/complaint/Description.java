package org.complaintdesk.domain.complaint;

import org.complaintdesk.domain.validation.Text;

/** What happened: time, place and facts, as the complainant told it. At most 4000 characters, not blank. */
public record Description(String value) {
    public static final String FIELD = "description";
    public static final int MAX_LENGTH = 4000;

    public Description {
        value = Text.required(FIELD, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        // Free text may name people and places: keep it out of logs.
        return "%s[%d chars]".formatted(getClass().getSimpleName(), value.length());
    }
}
