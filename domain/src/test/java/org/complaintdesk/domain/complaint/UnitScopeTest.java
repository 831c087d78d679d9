package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.LifecycleFixture.CO_HANDLING_DEPARTMENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_DEPARTMENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.OTHER_ASSIGNMENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.OTHER_DEPARTMENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.OWNING_UNIT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SUPERVISOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.reason;

import org.complaintdesk.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Test;

class UnitScopeTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void the_owning_unit_and_every_unit_above_it_reach_a_complaint() {
        Complaint registered = lifecycle.registered();

        assertThat(UnitScope.reaches(OWNING_UNIT, registered)).isTrue();
        assertThat(UnitScope.reaches(new OrgUnitId("gridco"), registered)).isTrue();
    }

    @Test
    void a_unit_below_the_owner_or_beside_it_does_not_reach_a_complaint_not_dispatched_to_it() {
        Complaint registered = lifecycle.registered();

        assertThat(UnitScope.reaches(LEAD_DEPARTMENT, registered)).isFalse();
        assertThat(UnitScope.reaches(new OrgUnitId("gridco/west"), registered)).isFalse();
    }

    @Test
    void the_lead_and_co_handling_departments_reach_a_complaint_dispatched_to_them() {
        Complaint dispatched = lifecycle.dispatched();

        assertThat(UnitScope.reaches(LEAD_DEPARTMENT, dispatched)).isTrue();
        assertThat(UnitScope.reaches(CO_HANDLING_DEPARTMENT, dispatched)).isTrue();
        assertThat(UnitScope.reaches(OTHER_DEPARTMENT, dispatched)).isFalse();
    }

    @Test
    void a_unit_whose_code_only_begins_like_another_is_not_below_it() {
        Complaint registered = lifecycle.registered();

        assertThat(UnitScope.reaches(new OrgUnitId("gridco/eas"), registered)).isFalse();
        assertThat(new OrgUnitId("gridco/east").contains(new OrgUnitId("gridco/eastern"))).isFalse();
    }

    @Test
    void a_department_the_complaint_was_returned_from_or_moved_away_from_no_longer_reaches_it() {
        Complaint dispatched = lifecycle.dispatched();
        Complaint returned = dispatched.returnComplaint(reason("not ours"), LEAD_HANDLER, lifecycle.now());
        Complaint moved = dispatched.redispatch(OTHER_ASSIGNMENT, reason("west grid's area"), SUPERVISOR,
                lifecycle.now());

        assertThat(UnitScope.reaches(LEAD_DEPARTMENT, returned)).isFalse();
        assertThat(UnitScope.reaches(LEAD_DEPARTMENT, moved)).isFalse();
        assertThat(UnitScope.reaches(OTHER_DEPARTMENT, moved)).isTrue();
    }

    @Test
    void the_reaching_units_are_the_involved_units_and_all_above_them() {
        Complaint dispatched = lifecycle.dispatched();

        assertThat(UnitScope.reachingUnits(dispatched)).extracting(OrgUnitId::value).containsExactlyInAnyOrder(
                "gridco", "gridco/east", "gridco/east/metering", "gridco/east/billing");
    }

    @Test
    void a_unit_s_path_runs_from_the_top_of_its_tree_down_to_it() {
        assertThat(new OrgUnitId("gridco/east/cs").pathFromTop()).extracting(OrgUnitId::value)
                .containsExactly("gridco", "gridco/east", "gridco/east/cs");
        assertThat(new OrgUnitId("gridco").pathFromTop()).extracting(OrgUnitId::value).containsExactly("gridco");
        assertThat(new OrgUnitId("gridco/east/cs").top()).isEqualTo(new OrgUnitId("gridco"));
    }
}
