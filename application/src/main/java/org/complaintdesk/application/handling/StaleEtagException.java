package org.complaintdesk.application.handling;

import java.util.Optional;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.validation.DomainException;

/**
 * The complaint changed since the version the caller based its step on (AIP-154): the step is
 * refused, never applied over the other change. Read the complaint again and decide anew.
 */
public final class StaleEtagException extends DomainException {
    public static final String RULE = "ETAG_MISMATCH";
    private final ComplaintId complaintId;
    private final long expectedVersion;
    private final Optional<Long> currentVersion;

    public StaleEtagException(ComplaintId complaintId, long expectedVersion, Optional<Long> currentVersion) {
        super(RULE, "the complaint has changed since etag " + expectedVersion
                + currentVersion.map(v -> " (it is now at etag " + v + ")").orElse("")
                + "; read it again and retry with the current etag");
        this.complaintId = complaintId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public ComplaintId complaintId() {
        return complaintId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version found, when the refusing party knows it (the store's conditional write does not). */
    public Optional<Long> currentVersion() {
        return currentVersion;
    }
}
