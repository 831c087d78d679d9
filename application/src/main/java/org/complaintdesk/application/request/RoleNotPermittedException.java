package org.complaintdesk.application.request;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintdesk.domain.complaint.StepNotPermittedException;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.DomainException;

/**
 * The caller's role may not do what it asked outside the lifecycle: change the official calendar,
 * which every deadline depends on, or read the record of who saw personal data.
 */
public final class RoleNotPermittedException extends DomainException {
    /** The same rule, and so the same reason for clients, as a lifecycle step refused for the role. */
    public static final String RULE = StepNotPermittedException.ROLE_NOT_PERMITTED;

    private final Role role;
    private final Set<Role> permittedRoles;

    /** @param what what was asked, as in "may not {@code what}" */
    public RoleNotPermittedException(String what, Role role, Set<Role> permittedRoles) {
        super(RULE, "the role " + role + " may not " + what + "; that takes one of "
                + permittedRoles.stream().sorted().map(Role::name).collect(Collectors.joining(", ")));
        this.role = Objects.requireNonNull(role, "role");
        this.permittedRoles = Set.copyOf(permittedRoles);
    }

    public Role role() {
        return role;
    }

    public Set<Role> permittedRoles() {
        return permittedRoles;
    }
}
