package org.complaintdesk.domain.complaint;

import java.util.LinkedHashSet;
import java.util.Set;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.Dispatch;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * Which organisation units reach a complaint. A unit reaches the complaints owned by it or by a
 * unit below it, those taken in by it or a unit below it (the intake unit: a hotline follows up and
 * calls back what it registered), and those dispatched, as lead or co-handling department, to it
 * or to a unit below it; a unit's people act within that reach, whatever their role (its supervisors and
 * directors thereby see the unit's whole subtree). A complaint returned or moved to another
 * department leaves the reach of the department it left.
 */
public final class UnitScope {

    private UnitScope() {
    }

    /** Whether {@code unit} reaches {@code complaint}. */
    public static boolean reaches(OrgUnitId unit, Complaint complaint) {
        return involved(complaint).stream().anyMatch(unit::contains);
    }

    /** The units the complaint is owned by, was taken in by, or is dispatched to now. */
    public static Set<OrgUnitId> involved(Complaint complaint) {
        Set<OrgUnitId> units = new LinkedHashSet<>();
        units.add(complaint.registration().orgUnit());
        units.add(complaint.registration().intakeUnit());
        complaint.handling().investigation().dispatch().map(Dispatch::assignment).ifPresent(a -> addDispatched(units, a));
        return units;
    }

    /**
     * Every unit that reaches the complaint: the involved units and all the units above them. A
     * store that keeps one entry per such unit finds a unit's complaints by equality.
     */
    public static Set<OrgUnitId> reachingUnits(Complaint complaint) {
        Set<OrgUnitId> units = new LinkedHashSet<>();
        involved(complaint).forEach(unit -> units.addAll(unit.pathFromTop()));
        return units;
    }

    private static void addDispatched(Set<OrgUnitId> units, Assignment assignment) {
        units.add(assignment.leadDepartment());
        units.addAll(assignment.coHandlingDepartments());
    }
}
