package org.complaintdesk.domain.notice;

import java.util.Objects;
import java.util.regex.Pattern;

/** Who sends the notice: the organisation unit's name as the public knows it, and its hotline. */
public record Sender(String unitName, String hotline) {
    public static final int MAX_NAME = 20;
    public static final int MAX_HOTLINE = 16;
    private static final Pattern HOTLINE = Pattern.compile("[0-9][0-9-]*");

    public Sender {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(hotline, "hotline");
        unitName = unitName.strip();
        hotline = hotline.strip();
        if (unitName.isEmpty() || unitName.length() > MAX_NAME) {
            throw new IllegalArgumentException("a unit's name in a notice has 1 to " + MAX_NAME + " characters");
        }
        if (hotline.length() > MAX_HOTLINE || !HOTLINE.matcher(hotline).matches()) {
            throw new IllegalArgumentException("a hotline is up to " + MAX_HOTLINE + " digits and dashes, e.g. 95598");
        }
    }
}
