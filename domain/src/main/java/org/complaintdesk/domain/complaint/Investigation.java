package org.complaintdesk.domain.complaint;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.handling.Contact;
import org.complaintdesk.domain.handling.Dispatch;
import org.complaintdesk.domain.handling.Finding;

/**
 * Where the complaint is in the hands of departments (000 二(二)): the current dispatch, the latest
 * contact with the complainant, how many investigation records were added, and the finding.
 *
 * @param records how many investigation records were added
 */
public record Investigation(Optional<Dispatch> dispatch, Optional<Contact> latestContact, int records,
                            Optional<Finding> finding) {
    public static final Investigation NONE = new Investigation(Optional.empty(), Optional.empty(), 0, Optional.empty());

    public Investigation {
        Objects.requireNonNull(dispatch, "dispatch");
        Objects.requireNonNull(latestContact, "latestContact");
        Objects.requireNonNull(finding, "finding");
        if (records < 0) {
            throw new IllegalArgumentException("records must not be negative");
        }
    }

    /** Dispatched anew, or (empty) returned to the dispatch queue. */
    Investigation withDispatch(Optional<Dispatch> value) {
        return new Investigation(value, latestContact, records, finding);
    }

    Investigation withContact(Contact value) {
        return new Investigation(dispatch, Optional.of(value), records, finding);
    }

    Investigation withRecordAdded() {
        return new Investigation(dispatch, latestContact, records + 1, finding);
    }

    Investigation withFinding(Finding value) {
        return new Investigation(dispatch, latestContact, records, Optional.of(value));
    }
}
