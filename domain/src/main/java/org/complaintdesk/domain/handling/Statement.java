package org.complaintdesk.domain.handling;

import org.complaintdesk.domain.validation.Text;

/**
 * A free text written into the record of a step: next steps told to the complainant, measures,
 * findings, a reply's content, a comment. At most 4000 characters, not blank.
 */
public record Statement(String value) {
    public static final String FIELD = "text";
    public static final int MAX_LENGTH = 4000;

    public Statement {
        value = Text.required(FIELD, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
