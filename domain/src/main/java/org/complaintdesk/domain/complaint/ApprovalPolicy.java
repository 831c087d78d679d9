package org.complaintdesk.domain.complaint;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * When a proposed resolution needs approval; who gives it is {@link StepPolicy#deciders}. Defaults
 * (000 二(三), 001 (四)):
 * level-1 complaints and any compensation or fee reduction need approval; a level-1 resolution is
 * approved by the director or a deputy (004 二), others by a supervisor or the director.
 *
 * @param severities        severities whose resolutions always need approval
 * @param monetaryRemedies  whether any compensation or fee reduction needs approval
 * @param approvingUnits    organisation units whose own policy is to approve every resolution
 */
public record ApprovalPolicy(Set<Severity> severities, boolean monetaryRemedies, Set<OrgUnitId> approvingUnits) {
    public ApprovalPolicy {
        severities = severities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(severities));
        approvingUnits = Set.copyOf(approvingUnits);
    }

    public static ApprovalPolicy defaults() {
        return new ApprovalPolicy(Set.of(Severity.LEVEL_1), true, Set.of());
    }

    public boolean requiresApproval(Severity severity, Optional<Remedy> remedy, OrgUnitId orgUnit) {
        Objects.requireNonNull(remedy, "remedy");
        return severities.contains(severity)
                || (monetaryRemedies && remedy.isPresent())
                || approvingUnits.contains(orgUnit);
    }

}
