package org.complaintdesk.domain.deadline;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.complaint.Reason;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * An approved extension of a running clock (延期, 002 3.4): the complainant was told before the
 * limit ran out and given a preliminary opinion, so the clock may run to {@code newDue}. It
 * applies to the round of {@code clock} that runs when it is approved, and only if that round had
 * not yet run out; the clock keeps its original due beside the new one.
 */
public record Extension(ClockKind clock, Instant newDue, Instant approvedAt, UserId approvedBy, Reason reason) {
    public static final String NEW_DUE_NOT_AFTER_APPROVAL = "EXTENSION_DUE_NOT_AFTER_APPROVAL";

    public Extension {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(newDue, "newDue");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(reason, "reason");
        if (!newDue.isAfter(approvedAt)) {
            throw new InvalidValueException("extension.new_due", NEW_DUE_NOT_AFTER_APPROVAL,
                    "must be later than the approval of the extension");
        }
    }
}
