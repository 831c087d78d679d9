package org.complaintdesk.domain.validation;

/** A refusal by the domain: always names the rule that was broken. */
public abstract class DomainException extends RuntimeException {
    private final String rule;

    protected DomainException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** Stable UPPER_SNAKE name of the rule, for clients and for tests. */
    public String rule() {
        return rule;
    }
}
