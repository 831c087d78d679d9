package org.complaintdesk.application.warning;

import java.util.List;
import java.util.Objects;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * A rule's figure for one scope unit and subject in one window: for a count, numerator and
 * denominator are both the count. {@code causes} are the complaints behind a crossing as the
 * metric defines them ({@link WarningMetric}), oldest first, at most {@link #MAX_CAUSES}.
 *
 * @param subject the topic, nature or utility domain counted separately, or "" for none
 */
public record WarningObservation(OrgUnitId scopeUnit, String subject, long numerator, long denominator,
                                 List<ComplaintId> causes) {
    public static final int MAX_CAUSES = 500;

    public WarningObservation {
        Objects.requireNonNull(scopeUnit, "scopeUnit");
        Objects.requireNonNull(subject, "subject");
        causes = List.copyOf(causes);
        if (causes.size() > MAX_CAUSES) {
            throw new IllegalArgumentException("at most " + MAX_CAUSES + " causes, was " + causes.size());
        }
    }
}
