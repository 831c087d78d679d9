package org.complaintdesk.domain.notice;

import java.util.Objects;

/**
 * Text staff wrote for the complainant (a reason, an opinion, the progress so far). It may quote
 * the complainant, so it never shows in {@link #toString()} and so never in a log.
 */
public record FreeText(String value) {
    public FreeText {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("free text in a notice must say something");
        }
    }

    @Override
    public String toString() {
        return "FreeText[" + value.length() + " characters]";
    }
}
