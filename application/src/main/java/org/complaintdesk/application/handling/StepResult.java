package org.complaintdesk.application.handling;

import org.complaintdesk.domain.complaint.Complaint;

/**
 * The complaint after a step, and whether an earlier attempt of the same request took the step
 * (then the complaint is as it is now, which may be later than right after that step).
 */
public record StepResult(Complaint complaint, boolean replayed) {
}
