package org.complaintdesk.application.report;

import java.util.List;

/**
 * The warnings of the month. {@code recorded} is false when the service keeps no record of
 * warnings (no source wired), which the report states instead of claiming that none were raised.
 */
public record WarningsSection(boolean recorded, List<RaisedWarning> warnings) {
    public static final WarningsSection NOT_RECORDED = new WarningsSection(false, List.of());

    public WarningsSection {
        warnings = List.copyOf(warnings);
        if (!recorded && !warnings.isEmpty()) {
            throw new IllegalArgumentException("unrecorded warnings cannot list any");
        }
    }
}
