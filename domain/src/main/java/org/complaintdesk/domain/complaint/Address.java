package org.complaintdesk.domain.complaint;

import org.complaintdesk.domain.validation.Text;

/** The complainant's address. Personal data: {@link #toString()} hides it. */
public record Address(String value) {
    public static final String FIELD = "address";

    public Address {
        value = Text.required(FIELD, value, 200);
    }

    @Override
    public String toString() {
        return "Address[***]";
    }
}
