package org.complaintdesk.application.statistics;

import java.util.Objects;
import org.complaintdesk.domain.organisation.OrgUnitId;

/** One lead department's indicators, over the complaints dispatched to it (or a unit below it at the depth). */
public record DepartmentIndicators(OrgUnitId department, HandlingIndicators indicators) {
    public DepartmentIndicators {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(indicators, "indicators");
    }
}
