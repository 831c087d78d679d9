package org.complaintdesk.application.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.organisation.OrgUnitId;

/** Which complaints a list shows; an empty part does not filter. Receipt range is [from, before). */
public record ComplaintFilter(
        Optional<ComplaintState> state,
        Optional<UtilityDomain> utilityDomain,
        Optional<Nature> nature,
        Optional<Severity> severity,
        Optional<Channel> channel,
        Optional<OrgUnitId> orgUnit,
        Optional<Instant> receivedFrom,
        Optional<Instant> receivedBefore) {

    public static final ComplaintFilter ALL = new ComplaintFilter(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ComplaintFilter {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(utilityDomain, "utilityDomain");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(receivedFrom, "receivedFrom");
        Objects.requireNonNull(receivedBefore, "receivedBefore");
    }

    public ComplaintFilter withState(ComplaintState s) {
        return new ComplaintFilter(Optional.of(s), utilityDomain, nature, severity, channel, orgUnit, receivedFrom, receivedBefore);
    }

    public ComplaintFilter withUtilityDomain(UtilityDomain d) {
        return new ComplaintFilter(state, Optional.of(d), nature, severity, channel, orgUnit, receivedFrom, receivedBefore);
    }

    public ComplaintFilter withNature(Nature n) {
        return new ComplaintFilter(state, utilityDomain, Optional.of(n), severity, channel, orgUnit, receivedFrom, receivedBefore);
    }

    public ComplaintFilter withSeverity(Severity s) {
        return new ComplaintFilter(state, utilityDomain, nature, Optional.of(s), channel, orgUnit, receivedFrom, receivedBefore);
    }

    public ComplaintFilter withChannel(Channel c) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, Optional.of(c), orgUnit, receivedFrom, receivedBefore);
    }

    public ComplaintFilter withOrgUnit(OrgUnitId o) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, channel, Optional.of(o), receivedFrom, receivedBefore);
    }

    public ComplaintFilter withReceivedBetween(Optional<Instant> from, Optional<Instant> before) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, channel, orgUnit, from, before);
    }
}
