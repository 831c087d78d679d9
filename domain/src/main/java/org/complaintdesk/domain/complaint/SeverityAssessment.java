package org.complaintdesk.domain.complaint;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.validation.InvalidValueException;

/** The level the policy proposed, the level that applies, and why they differ if they do. */
public record SeverityAssessment(Severity proposed, Severity applied, Optional<Reason> overrideReason) {
    public static final String OVERRIDE_NEEDS_REASON = "SEVERITY_OVERRIDE_NEEDS_REASON";
    public static final String REASON_FIELD = "severity_override_reason";

    public SeverityAssessment {
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(overrideReason, "overrideReason");
        if (proposed != applied && overrideReason.isEmpty()) {
            throw new InvalidValueException(REASON_FIELD, OVERRIDE_NEEDS_REASON,
                    "a severity other than the proposed " + proposed + " needs a reason");
        }
    }

    /** Takes the requested level if there is one, else the proposal. */
    public static SeverityAssessment decide(Severity proposed, Optional<Severity> requested, Optional<Reason> reason) {
        Severity applied = requested.orElse(proposed);
        return new SeverityAssessment(proposed, applied, applied == proposed ? Optional.empty() : reason);
    }

    public boolean overridden() {
        return proposed != applied;
    }
}
