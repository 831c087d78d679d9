package org.complaintdesk.domain.complaint;

import org.complaintdesk.domain.validation.Text;

/** How the complainant is to be addressed. Personal data: {@link #toString()} masks it. */
public record PersonName(String value) {
    public static final String FIELD = "display_name";

    public PersonName {
        value = Text.required(FIELD, value, 100);
    }

    @Override
    public String toString() {
        return value.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "**";
    }
}
