package org.complaintdesk.domain.complaint;

import java.util.Objects;
import org.complaintdesk.domain.validation.DomainException;

/** A step that the complaint's current state (or its history) does not allow. Names the rule and the state. */
public final class IllegalTransitionException extends DomainException {
    private final ComplaintState currentState;
    private final Step step;

    public IllegalTransitionException(String rule, Step step, ComplaintState currentState, String needed) {
        super(rule, "the step '" + step.phrase() + "' is not allowed on a complaint in state " + currentState + ": " + needed);
        this.step = Objects.requireNonNull(step, "step");
        this.currentState = Objects.requireNonNull(currentState, "currentState");
    }

    public ComplaintState currentState() {
        return currentState;
    }

    public Step step() {
        return step;
    }
}
