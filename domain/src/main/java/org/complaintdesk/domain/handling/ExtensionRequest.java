package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.UserId;

/**
 * A request to extend a running clock (延期, 002 3.4), awaiting a supervisor's decision. The
 * complainant must already have been told, with a preliminary opinion, before the limit runs out.
 *
 * @param clock              the clock to extend
 * @param newDue             when the clock should run out instead
 * @param reason             why the limit cannot be kept
 * @param preliminaryOpinion what the complainant was told of the handling so far
 * @param complainantToldAt  when the complainant was told of the extension
 * @param requestedBy        who asked for it
 * @param requestedAt        when
 */
public record ExtensionRequest(ClockKind clock, Instant newDue, Reason reason, Statement preliminaryOpinion,
                               Instant complainantToldAt, UserId requestedBy, Instant requestedAt) {
    /** The field of a request for an extension that names its new due, as the contract names it. */
    public static final String NEW_DUE_TIME = "new_due_time";
    /** The field of a request for an extension that says when the complainant was told, as the contract names it. */
    public static final String COMPLAINANT_TOLD_TIME = "complainant_told_time";

    public ExtensionRequest {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(newDue, "newDue");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(preliminaryOpinion, "preliminaryOpinion");
        Objects.requireNonNull(complainantToldAt, "complainantToldAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
