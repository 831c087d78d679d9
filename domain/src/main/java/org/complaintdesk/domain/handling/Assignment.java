package org.complaintdesk.domain.handling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * Who is to handle a complaint (000 二(二)1, 004 三.3): one lead department, any co-handling
 * departments, and the handler responsible in the lead department.
 */
public record Assignment(OrgUnitId leadDepartment, List<OrgUnitId> coHandlingDepartments, UserId handler) {
    public static final String LEAD_IS_CO_HANDLING = "LEAD_DEPARTMENT_ALSO_CO_HANDLING";
    public static final String DUPLICATE_CO_HANDLING = "DUPLICATE_CO_HANDLING_DEPARTMENT";
    public static final int MAX_CO_HANDLING = 10;
    private static final String CO_HANDLING_FIELD = "co_handling_departments";

    public Assignment {
        Objects.requireNonNull(leadDepartment, "leadDepartment");
        Objects.requireNonNull(handler, "handler");
        coHandlingDepartments = List.copyOf(coHandlingDepartments);
        // Every rule the departments break is reported at once.
        List<FieldViolation> violations = new ArrayList<>(departmentViolations(leadDepartment, coHandlingDepartments));
        if (coHandlingDepartments.size() > MAX_CO_HANDLING) {
            violations.add(new FieldViolation(CO_HANDLING_FIELD, "TOO_MANY",
                    "must name at most " + MAX_CO_HANDLING + " departments"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /**
     * The rules across the departments, each broken one reported on {@code co_handling_departments}:
     * the lead department is not also co-handling, and no department is named twice. For a caller
     * that reads the departments one by one and reports every problem at once: a null lead or a
     * null entry stands for a department that could not be read, which takes part in no rule (the
     * lead rule is then judged on the entries that were read, or not at all without a lead).
     */
    public static List<FieldViolation> departmentViolations(OrgUnitId leadDepartment, List<OrgUnitId> coHandlingDepartments) {
        List<FieldViolation> violations = new ArrayList<>();
        List<OrgUnitId> read = coHandlingDepartments.stream().filter(Objects::nonNull).toList();
        if (leadDepartment != null && read.contains(leadDepartment)) {
            violations.add(new FieldViolation(CO_HANDLING_FIELD, LEAD_IS_CO_HANDLING, "must not contain the lead department"));
        }
        if (new HashSet<>(read).size() != read.size()) {
            violations.add(new FieldViolation(CO_HANDLING_FIELD, DUPLICATE_CO_HANDLING, "must not name a department twice"));
        }
        return violations;
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
