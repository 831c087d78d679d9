package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.complaint.PersonalDataAtRestTest.ACCOUNT;
import static org.complaintdesk.adapters.postgres.complaint.PersonalDataAtRestTest.PHONE;
import static org.complaintdesk.adapters.postgres.complaint.PersonalDataAtRestTest.distinctive;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.testing.LegacyRows;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Complaints written in plaintext by versions before V6 are sealed at start, in batches, and their
 * plaintext emptied; then PostgreSQL holds every row to it. Runs in a schema of its own, filled as
 * V1 wrote it and migrated from there.
 */
class ComplainantSealingTest {
    private final String schema = "complainant_sealing_" + UUID.randomUUID().toString().replace("-", "");
    private PGSimpleDataSource dataSource;
    private DSLContext dsl;

    @BeforeEach
    void aSchemaAtV1() {
        TestDatabase.Server server = TestDatabase.server();
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(server.jdbcUrl());
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        dataSource.setCurrentSchema(schema);
        dsl = DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withRenderSchema(false));
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").target("1")
                .load().migrate();
    }

    @AfterEach
    void dropTheSchema() {
        dsl.execute("drop schema " + DSL.quotedName(schema) + " cascade");
    }

    @Test
    void rows_written_in_plaintext_are_sealed_in_batches_and_read_as_before() {
        List<Complaint> old = List.of(registered(distinctive()), registered(anIntake().phone(PHONE).withoutAccountNumber()),
                registered(anIntake()));
        old.forEach(c -> LegacyRows.insertAsV1(dsl, c.snapshot()));
        migrateToLatest();
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
        migrateToLatest();
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
        migrateToLatest();
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

    private void migrateToLatest() {
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load().migrate();
    }
}
