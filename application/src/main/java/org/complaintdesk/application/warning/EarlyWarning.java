package org.complaintdesk.application.warning;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * A warning raised: a rule's figure crossed its threshold for a scope unit (and subject) in a
 * window. Carries no personal data: the complaints are named by id.
 *
 * @param threshold the rule's threshold as the rules file reads it (">=10", "<85%")
 * @param causes    the complaints that caused it ({@link WarningMetric}), oldest first
 */
public record EarlyWarning(UUID id, String rule, WarningMetric metric, WarningScope.Kind scopeKind, OrgUnitId scopeUnit,
                           String subject, Instant windowStart, Instant windowEnd, long numerator, long denominator,
                           String threshold, Instant raisedAt, List<ComplaintId> causes) {

    /** Where a page of warnings, newest first, continues. */
    public record Cursor(Instant raisedAt, UUID id) {
        public Cursor {
            Objects.requireNonNull(raisedAt, "raisedAt");
            Objects.requireNonNull(id, "id");
        }
    }

    public EarlyWarning {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scopeKind, "scopeKind");
        Objects.requireNonNull(scopeUnit, "scopeUnit");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(raisedAt, "raisedAt");
        causes = List.copyOf(causes);
    }

    /** The top of the scope unit's tree: the tenant the warning belongs to. */
    public OrgUnitId tenant() {
        return scopeUnit.top();
    }

    public Cursor cursor() {
        return new Cursor(raisedAt, id);
    }
}
