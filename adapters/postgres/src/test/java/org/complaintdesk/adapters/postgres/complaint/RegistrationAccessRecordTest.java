package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.PERSONAL_DATA_ACCESS;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.AGENT;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.request;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;
import static org.jooq.impl.DSL.field;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.application.deadline.FirstLook;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.application.privacy.PersonalDataDisclosures;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.PersonalDataPolicy;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.complaint.PriorityPolicy;
import org.complaintdesk.domain.complaint.SeverityPolicy;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The record of the personal data a registration's answer shows, stored by the real use case over this adapter. */
class RegistrationAccessRecordTest {
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00.123456Z");

    private final DSLContext dsl = TestDatabase.dsl();
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    private final PostgresPersonalDataAccessLog log = new PostgresPersonalDataAccessLog(dsl);
    private final RegisterComplaint register = new RegisterComplaint(
            new PostgresComplaintStore(dsl, TestDatabase.personalData()), new PostgresTicketNumberSequence(dsl),
            new TimeOrderedIdGenerator(), clock, new SeverityPolicy(), new PriorityPolicy(), FirstLook.NONE,
            new PersonalDataDisclosures(log, clock, UUID::randomUUID));

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    @Test
    void a_registration_stores_one_record_of_its_answer_s_full_disclosure_in_its_own_transaction() {
        var command = new RegisterComplaint.Command(anIntake().build(), AGENT, request("req-1"));

        var registered = register.execute(command);

        Complaint complaint = registered.complaint();
        assertThat(registered.disclosure()).isEqualTo(Disclosure.FULL);
        assertThat(log.ofComplaint(complaint.id(), 10, Optional.empty())).singleElement().satisfies(access -> {
            assertThat(access.accessedAt()).isEqualTo(NOW);
            assertThat(access.tenant()).isEqualTo(complaint.registration().orgUnit().top());
            assertThat(access.user()).isEqualTo(AGENT.userId());
            assertThat(access.role()).isEqualTo(AGENT.role());
            assertThat(access.orgUnit()).isEqualTo(AGENT.orgUnit());
            assertThat(access.method()).isEqualTo("CreateComplaint");
            // The intake has an account number: every personal field is shown.
            assertThat(access.fields()).isEqualTo(PersonalDataPolicy.fieldsOf(complaint)).hasSize(5);
        });
        assertThat(transactionsOf(complaint)).containsExactly(complaintWrittenBy(complaint));
    }

    @Test
    void a_replay_records_another_access_in_a_transaction_of_its_own() {
        var command = new RegisterComplaint.Command(anIntake().build(), AGENT, request("req-1"));
        Complaint complaint = register.execute(command).complaint();

        var replay = register.execute(command);

        assertThat(replay.replayed()).isTrue();
        assertThat(replay.disclosure()).isEqualTo(Disclosure.FULL);
        List<PersonalDataAccess> accesses = log.ofComplaint(complaint.id(), 10, Optional.empty());
        assertThat(accesses).hasSize(2).extracting(PersonalDataAccess::method).containsOnly("CreateComplaint");
        assertThat(accesses).extracting(PersonalDataAccess::id).doesNotHaveDuplicates();
        assertThat(transactionsOf(complaint)).hasSize(2).contains(complaintWrittenBy(complaint));
    }

    /** The ids of the transactions that wrote the complaint's access records, each once. */
    private List<String> transactionsOf(Complaint complaint) {
        return dsl.selectDistinct(field("xmin::text", String.class)).from(PERSONAL_DATA_ACCESS)
                .where(PERSONAL_DATA_ACCESS.COMPLAINT_ID.eq(complaint.id().value()))
                .fetch(record -> record.value1());
    }

    private String complaintWrittenBy(Complaint complaint) {
        return dsl.select(field("xmin::text", String.class)).from(COMPLAINT)
                .where(COMPLAINT.ID.eq(complaint.id().value()))
                .fetchSingle().value1();
    }
}
