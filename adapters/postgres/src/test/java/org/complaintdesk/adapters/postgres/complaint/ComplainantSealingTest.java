package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.complaint.PersonalDataAtRestTest.ACCOUNT;
import static org.complaintdesk.adapters.postgres.complaint.PersonalDataAtRestTest.PHONE;
import static org.complaintdesk.adapters.postgres.complaint.PersonalDataAtRestTest.distinctive;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.testing.LegacyRows;
import org.complaintdesk.adapters.postgres.testing.MigratedSchema;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Complaints written in plaintext by versions before V6 are sealed at start, in batches, and their
 * plaintext emptied; then PostgreSQL holds every row to it. Runs in a schema of its own, filled as
 * V1 wrote it and migrated from there.
 */
class ComplainantSealingTest {
    private MigratedSchema schema;
    private DSLContext dsl;

    @BeforeEach
    void aSchemaAtV1() {
        schema = new MigratedSchema("complainant_sealing", "1");
        dsl = schema.dsl();
    }

    @AfterEach
    void dropTheSchema() {
        schema.close();
    }

    @Test
    void rows_written_in_plaintext_are_sealed_in_batches_and_read_as_before() {
        List<Complaint> old = List.of(registered(distinctive()), registered(anIntake().phone(PHONE).withoutAccountNumber()),
                registered(anIntake()));
        old.forEach(c -> LegacyRows.insertAsV1(dsl, c.snapshot()));
        schema.migrateTo("latest");
        var sealing = new ComplainantSealing(dsl, TestDatabase.personalData());

        assertThat(sealing.isValidated()).isFalse();
        assertThat(sealing.sealPlaintextRows(2)).isEqualTo(3);

        assertThat(sealing.isValidated()).isTrue();
        assertThat(dsl.fetchCount(COMPLAINT, COMPLAINT.COMPLAINANT_NAME.isNotNull()
                .or(COMPLAINT.COMPLAINANT_PHONE.isNotNull()).or(COMPLAINT.COMPLAINANT_ADDRESS.isNotNull())
                .or(COMPLAINT.COMPLAINANT_ACCOUNT_NUMBER.isNotNull()))).isZero();
        assertThat(PersonalDataAtRestTest.rawRows(dsl)).allSatisfy(PersonalDataAtRestTest::holdsNoDistinctiveValue);
        var store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
        for (Complaint c : old) {
            assertThat(store.findById(c.id()).orElseThrow().submission().complainant())
                    .isEqualTo(c.submission().complainant());
        }
        assertThat(store.list(ComplaintFilter.ALL.withComplainantPhone(new PhoneNumber(PHONE)), 10, Optional.empty()))
                .extracting(Complaint::id).containsExactlyInAnyOrder(old.get(0).id(), old.get(1).id());
        assertThat(store.list(ComplaintFilter.ALL.withComplainantAccountNumber(new AccountNumber(ACCOUNT)), 10,
                Optional.empty())).extracting(Complaint::id).containsExactly(old.get(0).id());
    }

    @Test
    void sealing_again_finds_nothing_to_do_and_plaintext_is_refused_from_then_on() {
        Complaint old = registered(distinctive());
        LegacyRows.insertAsV1(dsl, old.snapshot());
        schema.migrateTo("latest");
        var sealing = new ComplainantSealing(dsl, TestDatabase.personalData());
        sealing.sealPlaintextRows(100);

        assertThat(sealing.sealPlaintextRows(100)).isZero();
        assertThatThrownBy(() -> dsl.update(COMPLAINT).set(COMPLAINT.COMPLAINANT_NAME, "王小明").execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("complaint_complainant_sealed");
    }

    @Test
    void a_row_not_yet_sealed_is_read_from_its_plaintext_and_sealed_by_its_next_step() {
        Complaint old = registered(distinctive());
        LegacyRows.insertAsV1(dsl, old.snapshot());
        schema.migrateTo("latest");
        var store = new PostgresComplaintStore(dsl, TestDatabase.personalData());

        Complaint read = store.findById(old.id()).orElseThrow();
        assertThat(read.submission().complainant()).isEqualTo(old.submission().complainant());
        store.update(org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted(read),
                org.complaintdesk.adapters.postgres.testing.HandlingFixture.aNewStepRequest());

        assertThat(dsl.fetchCount(COMPLAINT, COMPLAINT.COMPLAINANT_NAME.isNotNull())).isZero();
        assertThat(new ComplainantSealing(dsl, TestDatabase.personalData()).sealPlaintextRows(10)).isZero();
        assertThat(store.findById(old.id()).orElseThrow().submission().complainant())
                .isEqualTo(old.submission().complainant());
    }

    @Test
    void a_row_not_yet_sealed_is_sealed_by_the_monitor_s_step_too() {
        Complaint old = registered(distinctive());
        LegacyRows.insertAsV1(dsl, old.snapshot());
        schema.migrateTo("latest");
        var watch = new PostgresClockWatch(dsl, TestDatabase.personalData());
        // The migration asked for the monitor at its own time (V5).
        Instant now = Instant.now().plus(Duration.ofDays(1));

        var tally = watch.attend(now, 10, a -> new Attention.Outcome(
                org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted(a.complaint()), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));

        assertThat(tally.steps()).isEqualTo(1);
        assertThat(dsl.fetchCount(COMPLAINT, COMPLAINT.COMPLAINANT_NAME.isNotNull())).isZero();
        assertThat(new PostgresComplaintStore(dsl, TestDatabase.personalData()).findById(old.id()).orElseThrow()
                .submission().complainant()).isEqualTo(old.submission().complainant());
    }
}
