package org.complaintdesk.domain.complaint;

import org.complaintdesk.domain.validation.Text;

/** The reference number a third-party channel gave (12345 work order, regulator case). At most 64 characters, not blank. */
public record ChannelReference(String value) {
    public static final String FIELD = "channel_reference";
    public static final int MAX_LENGTH = 64;

    public ChannelReference {
        value = Text.required(FIELD, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
