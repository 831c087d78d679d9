package org.complaintdesk.domain.complaint;

/**
 * Proposes the severity level from the intake facts (002 1.1.14-1.1.15, 003 三.1, 004 三.3).
 * The proposal is a default: the registering agent may override it with a reason.
 */
public final class SeverityPolicy {

    /** The proposed level and the fact it rests on. */
    public record Proposal(Severity level, Basis basis) {
    }

    public enum Basis {
        SAFETY_HAZARD, LARGE_AREA_INTERRUPTION, WIDE_AREA_QUALITY_PROBLEM, INDIVIDUAL_PROBLEM
    }

    public Proposal propose(IntakeFacts facts) {
        // Life or property at risk comes first: it starts the emergency procedure (002 1.1.16).
        if (facts.safetyHazard()) {
            return new Proposal(Severity.LEVEL_1, Basis.SAFETY_HAZARD);
        }
        if (facts.largeAreaInterruption()) {
            return new Proposal(Severity.LEVEL_1, Basis.LARGE_AREA_INTERRUPTION);
        }
        if (facts.wideAreaQualityProblem()) {
            return new Proposal(Severity.LEVEL_2, Basis.WIDE_AREA_QUALITY_PROBLEM);
        }
        return new Proposal(Severity.LEVEL_3, Basis.INDIVIDUAL_PROBLEM);
    }
}
