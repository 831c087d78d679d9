package org.complaintdesk.domain.complaint;

/** Facts asked at intake from which the severity level is proposed (002 1.1.15). */
public record IntakeFacts(boolean safetyHazard, boolean largeAreaInterruption, boolean wideAreaQualityProblem) {
    public static final IntakeFacts INDIVIDUAL_PROBLEM = new IntakeFacts(false, false, false);
}
