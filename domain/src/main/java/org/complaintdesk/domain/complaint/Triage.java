package org.complaintdesk.domain.complaint;

import java.util.Objects;

/**
 * How grave and how urgent the complaint is: its severity, proposed from the intake facts and
 * perhaps overridden with a reason (002 1.1.14), and its place in the queues (001 (二)2).
 */
public record Triage(SeverityAssessment severity, Priority priority) {
    public Triage {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(priority, "priority");
    }
}
