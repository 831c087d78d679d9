package org.complaintdesk.domain.handling;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * Who is to handle a complaint (000 二(二)1, 004 三.3): one lead department, any co-handling
 * departments, and the handler responsible in the lead department.
 */
public record Assignment(OrgUnitId leadDepartment, List<OrgUnitId> coHandlingDepartments, UserId handler) {
    public static final String LEAD_IS_CO_HANDLING = "LEAD_DEPARTMENT_ALSO_CO_HANDLING";
    public static final String DUPLICATE_CO_HANDLING = "DUPLICATE_CO_HANDLING_DEPARTMENT";
    public static final int MAX_CO_HANDLING = 10;

    public Assignment {
        Objects.requireNonNull(leadDepartment, "leadDepartment");
        Objects.requireNonNull(handler, "handler");
        coHandlingDepartments = List.copyOf(coHandlingDepartments);
        if (coHandlingDepartments.contains(leadDepartment)) {
            throw new InvalidValueException("co_handling_departments", LEAD_IS_CO_HANDLING,
                    "must not contain the lead department");
        }
        if (new LinkedHashSet<>(coHandlingDepartments).size() != coHandlingDepartments.size()) {
            throw new InvalidValueException("co_handling_departments", DUPLICATE_CO_HANDLING,
                    "must not name a department twice");
        }
        if (coHandlingDepartments.size() > MAX_CO_HANDLING) {
            throw new InvalidValueException("co_handling_departments", "TOO_MANY",
                    "must name at most " + MAX_CO_HANDLING + " departments");
        }
    }

    /** Whether both name the same lead department, handler and co-handling departments, in any order. */
    public boolean sameAs(Assignment other) {
        return leadDepartment.equals(other.leadDepartment) && handler.equals(other.handler)
                && Set.copyOf(coHandlingDepartments).equals(Set.copyOf(other.coHandlingDepartments));
    }

    /** Whether staff of {@code unit} work on this complaint, as lead or co-handling department. */
    public boolean involves(OrgUnitId unit) {
        return leadDepartment.equals(unit) || coHandlingDepartments.contains(unit);
    }
}
