package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.LifecycleFixture.ADMINISTRATOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.CO_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_DEPARTMENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.OTHER_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.OWNING_UNIT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.OWNING_UNIT_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.actor;

import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PersonalDataPolicyTest {
    private static final OrgUnitId PARENT = new OrgUnitId("gridco");
    private static final OrgUnitId SIBLING = new OrgUnitId("gridco/west");

    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void the_agent_who_registered_a_complaint_sees_it_in_full_wherever_they_now_act() {
        Actor movedOn = actor(AGENT.userId().value(), Role.AGENT, SIBLING);

        assertThat(PersonalDataPolicy.disclosureTo(movedOn, lifecycle.registered())).isEqualTo(Disclosure.FULL);
    }

    @Test
    void agents_of_the_owning_unit_or_above_see_it_in_full_and_agents_elsewhere_masked() {
        Complaint dispatched = lifecycle.dispatched();

        assertThat(PersonalDataPolicy.disclosureTo(actor("agent-2", Role.AGENT, OWNING_UNIT), dispatched))
                .isEqualTo(Disclosure.FULL);
        assertThat(PersonalDataPolicy.disclosureTo(actor("agent-3", Role.AGENT, PARENT), dispatched))
                .isEqualTo(Disclosure.FULL);
        // The department handling it does not call the complainant back: its agents need not know.
        assertThat(PersonalDataPolicy.disclosureTo(actor("agent-4", Role.AGENT, LEAD_DEPARTMENT), dispatched))
                .isEqualTo(Disclosure.MASKED);
        assertThat(PersonalDataPolicy.disclosureTo(actor("agent-5", Role.AGENT, SIBLING), dispatched))
                .isEqualTo(Disclosure.MASKED);
    }

    @Test
    void handlers_see_it_in_full_only_while_their_department_handles_it() {
        Complaint registered = lifecycle.registered();
        Complaint dispatched = lifecycle.dispatched();

        assertThat(PersonalDataPolicy.disclosureTo(OWNING_UNIT_HANDLER, registered)).isEqualTo(Disclosure.FULL);
        assertThat(PersonalDataPolicy.disclosureTo(LEAD_HANDLER, registered)).isEqualTo(Disclosure.MASKED);
        assertThat(PersonalDataPolicy.disclosureTo(LEAD_HANDLER, dispatched)).isEqualTo(Disclosure.FULL);
        assertThat(PersonalDataPolicy.disclosureTo(CO_HANDLER, dispatched)).isEqualTo(Disclosure.FULL);
        assertThat(PersonalDataPolicy.disclosureTo(OWNING_UNIT_HANDLER, dispatched)).isEqualTo(Disclosure.MASKED);
        assertThat(PersonalDataPolicy.disclosureTo(OTHER_HANDLER, dispatched)).isEqualTo(Disclosure.MASKED);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SUPERVISOR", "DIRECTOR", "SYSTEM"})
    void leads_and_system_accounts_see_in_full_what_their_unit_reaches_and_nothing_else(Role role) {
        Complaint dispatched = lifecycle.dispatched();

        assertThat(PersonalDataPolicy.disclosureTo(actor("lead", role, PARENT), dispatched)).isEqualTo(Disclosure.FULL);
        assertThat(PersonalDataPolicy.disclosureTo(actor("lead", role, LEAD_DEPARTMENT), dispatched))
                .isEqualTo(Disclosure.FULL);
        assertThat(PersonalDataPolicy.disclosureTo(actor("lead", role, SIBLING), dispatched))
                .isEqualTo(Disclosure.MASKED);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AUDITOR", "ADMINISTRATOR"})
    void auditors_and_administrators_see_it_masked_even_at_the_top_of_the_tree(Role role) {
        assertThat(PersonalDataPolicy.disclosureTo(actor("reader", role, PARENT), lifecycle.dispatched()))
                .isEqualTo(Disclosure.MASKED);
        assertThat(PersonalDataPolicy.disclosureTo(ADMINISTRATOR, lifecycle.dispatched())).isEqualTo(Disclosure.MASKED);
    }

    @Test
    void a_full_disclosure_names_every_personal_field_the_complaint_holds() {
        assertThat(PersonalDataPolicy.fieldsOf(lifecycle.registered())).containsExactlyInAnyOrder(
                PersonalField.COMPLAINANT_NAME, PersonalField.COMPLAINANT_PHONE_NUMBER,
                PersonalField.COMPLAINANT_ACCOUNT_NUMBER, PersonalField.COMPLAINANT_ADDRESS, PersonalField.FREE_TEXT);
    }
}
