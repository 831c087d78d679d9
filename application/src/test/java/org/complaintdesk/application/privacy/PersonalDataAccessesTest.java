package org.complaintdesk.application.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.application.complaint.ComplaintOutOfReachException;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.application.port.out.PersonalDataAccessLog;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.application.request.RoleNotPermittedException;
import org.complaintdesk.application.testing.InMemoryComplaintStore;
import org.complaintdesk.application.testing.InMemoryPersonalDataAccessLog;
import org.complaintdesk.application.testing.Intakes;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.complaint.PersonalField;
import org.complaintdesk.domain.complaint.PriorityPolicy;
import org.complaintdesk.domain.complaint.SeverityPolicy;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

/** Full disclosures recorded before the answer, and the record as auditors read it. */
class PersonalDataAccessesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private final MovableClock clock = new MovableClock(NOW, ZoneId.of("Asia/Shanghai"));
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();
    private final InMemoryPersonalDataAccessLog log = new InMemoryPersonalDataAccessLog(store);
    private final PersonalDataDisclosures disclosures = new PersonalDataDisclosures(log, clock, UUID::randomUUID);
    private final ListPersonalDataAccesses accesses = new ListPersonalDataAccesses(log, store);
    private final Actor agent = actor("agent-1", Role.AGENT, "water/cs");
    private final Actor auditor = actor("auditor-1", Role.AUDITOR, "water");

    @Test
    void a_full_disclosure_is_recorded_with_who_when_which_fields_and_why_and_a_masked_one_is_not() {
        Complaint complaint = registered();

        assertThat(disclosures.disclose(agent, complaint, "GetComplaint")).isEqualTo(Disclosure.FULL);
        assertThat(disclosures.disclose(auditor, complaint, "GetComplaint")).isEqualTo(Disclosure.MASKED);

        assertThat(log.all()).singleElement().satisfies(access -> {
            assertThat(access.user()).isEqualTo(agent.userId());
            assertThat(access.role()).isEqualTo(Role.AGENT);
            assertThat(access.orgUnit()).isEqualTo(agent.orgUnit());
            assertThat(access.accessedAt()).isEqualTo(NOW);
            assertThat(access.complaintId()).isEqualTo(complaint.id());
            assertThat(access.tenant()).isEqualTo(new OrgUnitId("water"));
            assertThat(access.method()).isEqualTo("GetComplaint");
            assertThat(access.fields()).contains(PersonalField.COMPLAINANT_PHONE_NUMBER, PersonalField.FREE_TEXT);
        });
    }

    @Test
    void a_plan_decides_and_builds_the_record_as_a_disclosure_does_but_stores_nothing() {
        Complaint complaint = registered();

        PersonalDataDisclosures.Plan toAgent = disclosures.plan(agent, complaint, "CreateComplaint");
        PersonalDataDisclosures.Plan toAuditor = disclosures.plan(auditor, complaint, "CreateComplaint");

        assertThat(log.all()).isEmpty();
        assertThat(toAuditor.disclosures()).containsExactly(Disclosure.MASKED);
        assertThat(toAuditor.accesses()).isEmpty();
        assertThat(toAgent.disclosures()).containsExactly(Disclosure.FULL);
        disclosures.disclose(agent, complaint, "CreateComplaint");
        PersonalDataAccess disclosed = log.all().getFirst();
        assertThat(toAgent.accesses()).singleElement()
                .usingRecursiveComparison().ignoringFields("id").isEqualTo(disclosed);
        assertThat(toAgent.accesses().getFirst().id()).isNotEqualTo(disclosed.id());
    }

    @Test
    void a_page_is_decided_complaint_by_complaint_and_its_full_disclosures_recorded_in_one_write() {
        Complaint own = registered();
        Complaint elsewhere = registeredFor("water/north");
        List<Integer> writes = new ArrayList<>();
        PersonalDataAccessLog counting = new CountingLog(log, writes);
        var viaCounting = new PersonalDataDisclosures(counting, clock, UUID::randomUUID);
        Actor supervisor = actor("supervisor-1", Role.SUPERVISOR, "water/cs");

        Complaint another = registered();

        List<Disclosure> shown = viaCounting.discloseEach(supervisor, List.of(own, elsewhere, another), "ListComplaints");

        assertThat(shown).containsExactly(Disclosure.FULL, Disclosure.MASKED, Disclosure.FULL);
        assertThat(writes).containsExactly(2);
    }

    @Test
    void a_timeline_records_only_its_free_text() {
        Complaint complaint = registered();

        disclosures.discloseTimeline(agent, complaint, "ListComplaintEvents");

        assertThat(log.all()).singleElement()
                .satisfies(access -> assertThat(access.fields()).containsExactly(PersonalField.FREE_TEXT));
    }

    @Test
    void an_auditor_pages_through_a_complaint_s_record_newest_first_without_gaps_or_repeats() {
        Complaint complaint = registered();
        for (int i = 0; i < 5; i++) {
            disclosures.disclose(agent, complaint, "GetComplaint");
            clock.advance(Duration.ofSeconds(i % 2));
        }
        List<PersonalDataAccess> seen = new ArrayList<>();
        Optional<PersonalDataAccess.Cursor> after = Optional.empty();
        do {
            var page = accesses.execute(auditor, new ListPersonalDataAccesses.Query(
                    new ListPersonalDataAccesses.Subject.OfComplaint(complaint.id()), 2, after));
            seen.addAll(page.accesses());
            after = page.next();
        } while (after.isPresent());

        assertThat(seen).hasSize(5).extracting(PersonalDataAccess::id).doesNotHaveDuplicates();
        assertThat(seen).extracting(PersonalDataAccess::accessedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void only_auditors_read_the_record_and_only_of_complaints_their_unit_reaches() {
        Complaint complaint = registered();
        Complaint north = registeredFor("water/north");
        disclosures.disclose(agent, complaint, "GetComplaint");
        disclosures.disclose(actor("agent-1", Role.AGENT, "water/north"), north, "GetComplaint");
        var ofComplaint = new ListPersonalDataAccesses.Query(
                new ListPersonalDataAccesses.Subject.OfComplaint(complaint.id()), 0, Optional.empty());
        Actor northAuditor = actor("auditor-2", Role.AUDITOR, "water/north");

        assertThatThrownBy(() -> accesses.execute(agent, ofComplaint)).isInstanceOf(RoleNotPermittedException.class);
        assertThatThrownBy(() -> accesses.execute(northAuditor, ofComplaint))
                .isInstanceOf(ComplaintOutOfReachException.class);
        var byAgent = new ListPersonalDataAccesses.Query(
                new ListPersonalDataAccesses.Subject.ByUser(new UserId("agent-1")), 0, Optional.empty());
        assertThat(accesses.execute(northAuditor, byAgent).accesses()).extracting(PersonalDataAccess::complaintId)
                .containsExactly(north.id());
        assertThat(accesses.execute(auditor, byAgent).accesses()).hasSize(2);
    }

    private Complaint registered() {
        return registeredFor("water/cs");
    }

    private Complaint registeredFor(String unit) {
        var intake = Intakes.lowWaterPressure(NOW.minusSeconds(60));
        var owned = new org.complaintdesk.domain.complaint.Intake(intake.complainant(), intake.channel(),
                intake.channelReference(), intake.receivedAt(), intake.kind(), intake.utilityDomain(), intake.nature(),
                intake.topic(), intake.facts(), intake.requestedSeverity(), intake.severityOverrideReason(),
                intake.requestedPriority(), intake.description(), intake.demand(), intake.location(), new OrgUnitId(unit));
        Complaint complaint = Complaint.register(new ComplaintId(UUID.randomUUID()),
                () -> TicketNumber.of(LocalDate.of(2026, 11, 23), store.size() + 1), owned,
                actor("agent-0", Role.AGENT, unit), NOW, new SeverityPolicy(), new PriorityPolicy());
        store.insert(complaint, new IdempotencyKey(new RequestId("r-" + complaint.id()), RegisterComplaint.OPERATION, "fp"));
        return complaint;
    }

    private static Actor actor(String user, Role role, String unit) {
        return new Actor(new UserId(user), role, new OrgUnitId(unit));
    }

    /** Counts the writes that carry accesses, to tell one batch from one write per complaint. */
    private record CountingLog(PersonalDataAccessLog delegate, List<Integer> writes) implements PersonalDataAccessLog {
        @Override
        public void record(List<PersonalDataAccess> added) {
            if (!added.isEmpty()) {
                writes.add(added.size());
            }
            delegate.record(added);
        }

        @Override
        public List<PersonalDataAccess> ofComplaint(ComplaintId complaint, int limit,
                                                    Optional<PersonalDataAccess.Cursor> after) {
            return delegate.ofComplaint(complaint, limit, after);
        }

        @Override
        public List<PersonalDataAccess> ofUser(UserId user, OrgUnitId reachedBy, int limit,
                                               Optional<PersonalDataAccess.Cursor> after) {
            return delegate.ofUser(user, reachedBy, limit, after);
        }
    }
}
