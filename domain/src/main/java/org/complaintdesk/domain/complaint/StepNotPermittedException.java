package org.complaintdesk.domain.complaint;

import java.util.Objects;
import java.util.Set;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.DomainException;

/**
 * The actor may not take this step: wrong role, or not in a department that handles the complaint.
 */
public final class StepNotPermittedException extends DomainException {
    /** The actor's role is not among the roles the step needs. */
    public static final String ROLE_NOT_PERMITTED = "ROLE_NOT_PERMITTED";
    /** A handler acts on a complaint dispatched to another department. */
    public static final String NOT_HANDLING_DEPARTMENT = "NOT_HANDLING_DEPARTMENT";
    /** Only the lead department may return a dispatch. */
    public static final String NOT_LEAD_DEPARTMENT = "NOT_LEAD_DEPARTMENT";
    /** The person who proposed a resolution may not decide on it (four-eyes principle). */
    public static final String APPROVER_IS_PROPOSER = "APPROVER_IS_PROPOSER";

    private final Step step;
    private final Role role;
    private final Set<Role> permittedRoles;

    public StepNotPermittedException(String rule, Step step, Role role, Set<Role> permittedRoles, String message) {
        super(rule, message);
        this.step = Objects.requireNonNull(step, "step");
        this.role = Objects.requireNonNull(role, "role");
        this.permittedRoles = Set.copyOf(permittedRoles);
    }

    public Step step() {
        return step;
    }

    public Role role() {
        return role;
    }

    public Set<Role> permittedRoles() {
        return permittedRoles;
    }
}
