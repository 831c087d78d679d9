package org.complaintdesk.domain.complaint;

import org.complaintdesk.domain.validation.Text;

/** Where the problem is, when it is not the complainant's address. At most 200 characters, not blank. */
public record Location(String value) {
    public static final String FIELD = "location";
    public static final int MAX_LENGTH = 200;

    public Location {
        value = Text.required(FIELD, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        // Free text may name people and places: keep it out of logs.
        return "%s[%d chars]".formatted(getClass().getSimpleName(), value.length());
    }
}
