package org.complaintdesk.application.statistics;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * Which complaints count, within the caller's scope; an empty part does not filter. {@code unit}
 * narrows the scope to a unit inside it (the caller's own unit or one below); {@code leadDepartment}
 * selects a department's dispatched complaints, itself and the units below it.
 */
public record StatisticsFilter(Optional<OrgUnitId> unit, Optional<UtilityDomain> utilityDomain, Optional<Nature> nature,
                               Optional<Topic> topic, Optional<Channel> channel, Optional<ComplaintKind> kind,
                               Optional<Severity> severity, Optional<OrgUnitId> leadDepartment) {
    public static final StatisticsFilter ALL = new StatisticsFilter(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public StatisticsFilter {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(utilityDomain, "utilityDomain");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(leadDepartment, "leadDepartment");
    }

    public StatisticsFilter withUnit(OrgUnitId u) {
        return new StatisticsFilter(Optional.of(u), utilityDomain, nature, topic, channel, kind, severity, leadDepartment);
    }

    public StatisticsFilter withUtilityDomain(UtilityDomain d) {
        return new StatisticsFilter(unit, Optional.of(d), nature, topic, channel, kind, severity, leadDepartment);
    }

    public StatisticsFilter withNature(Nature n) {
        return new StatisticsFilter(unit, utilityDomain, Optional.of(n), topic, channel, kind, severity, leadDepartment);
    }

    public StatisticsFilter withTopic(Topic t) {
        return new StatisticsFilter(unit, utilityDomain, nature, Optional.of(t), channel, kind, severity, leadDepartment);
    }

    public StatisticsFilter withChannel(Channel c) {
        return new StatisticsFilter(unit, utilityDomain, nature, topic, Optional.of(c), kind, severity, leadDepartment);
    }

    public StatisticsFilter withKind(ComplaintKind k) {
        return new StatisticsFilter(unit, utilityDomain, nature, topic, channel, Optional.of(k), severity, leadDepartment);
    }

    public StatisticsFilter withSeverity(Severity s) {
        return new StatisticsFilter(unit, utilityDomain, nature, topic, channel, kind, Optional.of(s), leadDepartment);
    }

    public StatisticsFilter withLeadDepartment(OrgUnitId d) {
        return new StatisticsFilter(unit, utilityDomain, nature, topic, channel, kind, severity, Optional.of(d));
    }
}
