package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.aNewStepRequest;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;
import org.complaintdesk.adapters.postgres.personal.UnreadablePersonalDataException;
import org.complaintdesk.adapters.postgres.testing.IntakeBuilder;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The complainant's name, phone, account number and address are sealed in the database
 * (V6__personal_data_at_rest.sql): what PostgreSQL holds, read raw, shows none of them, and the
 * store reads them back and finds a complainant's complaints through the blind index.
 */
class PersonalDataAtRestTest {
    static final String NAME = "欧阳娜娜";
    static final String PHONE = "13712345679";
    static final String ACCOUNT = "GX-8842-7719";
    static final String ADDRESS = "南宁市青秀区幸福路88号";

    private final DSLContext dsl = TestDatabase.dsl();
    private final PersonalDataKeys keys = PersonalDataKeys.ephemeral();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    static IntakeBuilder distinctive() {
        return anIntake().complainantName(NAME).phone(PHONE).accountNumber(ACCOUNT).address(ADDRESS);
    }

    @Test
    void no_column_of_any_table_holds_the_complainants_data_in_plaintext() {
        Complaint complaint = registered(distinctive());
        store.insert(complaint, aNewRequest());
        store.update(accepted(store.findById(complaint.id()).orElseThrow()), aNewStepRequest());

        assertThat(rawRows(dsl)).isNotEmpty().allSatisfy(PersonalDataAtRestTest::holdsNoDistinctiveValue);
    }

    @Test
    void the_complainant_reads_back_as_registered() {
        Complaint complaint = registered(distinctive());
        store.insert(complaint, aNewRequest());

        assertThat(store.findById(complaint.id()).orElseThrow().submission().complainant())
                .isEqualTo(complaint.submission().complainant());
        assertThat(dsl.fetchValue(COMPLAINT.PERSONAL_DATA_KEY_ID)).isEqualTo(TestDatabase.personalData().sealingKeyId());
    }

    @Test
    void a_complainant_without_an_account_number_reads_back_without_one() {
        Complaint complaint = registered(distinctive().withoutAccountNumber());
        store.insert(complaint, aNewRequest());

        assertThat(store.findById(complaint.id()).orElseThrow().submission().complainant().accountNumber()).isEmpty();
        assertThat(dsl.fetchValue(COMPLAINT.COMPLAINANT_ACCOUNT_NUMBER_INDEX)).isNull();
    }

    @Test
    void a_value_moved_to_another_row_does_not_decrypt_there() {
        Complaint mine = registered(distinctive());
        Complaint other = registered(anIntake());
        store.insert(mine, aNewRequest());
        store.insert(other, aNewRequest());

        dsl.execute("update complaint set complainant_phone_sealed = (select complainant_phone_sealed from complaint"
                + " where id = ?) where id = ?", mine.id().value(), other.id().value());

        assertThatThrownBy(() -> store.findById(other.id()))
                .isInstanceOf(UnreadablePersonalDataException.class)
                .hasMessageContaining("complainant_phone")
                .hasMessageNotContaining(PHONE);
    }

    @Test
    void after_a_new_primary_key_old_rows_still_read_and_new_rows_use_the_new_key() {
        PersonalDataCipher before = new PersonalDataCipher(keys);
        Complaint old = registered(distinctive());
        new PostgresComplaintStore(dsl, before).insert(old, aNewRequest());

        PersonalDataCipher rotated = new PersonalDataCipher(keys.withNewSealingPrimary());
        var rotatedStore = new PostgresComplaintStore(dsl, rotated);
        Complaint fresh = registered(distinctive());
        rotatedStore.insert(fresh, aNewRequest());

        assertThat(rotatedStore.findById(old.id()).orElseThrow().submission().complainant())
                .isEqualTo(old.submission().complainant());
        assertThat(rotatedStore.findById(fresh.id()).orElseThrow().submission().complainant())
                .isEqualTo(fresh.submission().complainant());
        assertThat(keyIdOf(old.id())).isEqualTo(before.sealingKeyId());
        assertThat(keyIdOf(fresh.id())).isEqualTo(rotated.sealingKeyId()).isNotEqualTo(before.sealingKeyId());
        // The same complainant is found across the rotation: the index key did not change.
        assertThat(rotatedStore.list(ComplaintFilter.ALL.withComplainantPhone(new PhoneNumber(PHONE)), 10, Optional.empty()))
                .extracting(Complaint::id).containsExactlyInAnyOrder(old.id(), fresh.id());
    }

    @Test
    void a_monitor_step_after_a_new_primary_key_seals_the_row_anew_with_it() {
        PersonalDataCipher before = new PersonalDataCipher(keys);
        Complaint old = registered(distinctive());
        new PostgresComplaintStore(dsl, before).insert(old, aNewRequest());
        byte[] sealedBefore = dsl.select(COMPLAINT.COMPLAINANT_NAME_SEALED).from(COMPLAINT)
                .where(COMPLAINT.ID.eq(old.id().value())).fetchSingle().value1();

        PersonalDataCipher rotated = new PersonalDataCipher(keys.withNewSealingPrimary());
        var tally = new PostgresClockWatch(dsl, rotated).attend(old.updatedAt().plus(Duration.ofHours(1)), 10,
                a -> new Attention.Outcome(accepted(a.complaint()), List.of(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Map.of()));

        assertThat(tally.steps()).isEqualTo(1);
        assertThat(keyIdOf(old.id())).isEqualTo(rotated.sealingKeyId()).isNotEqualTo(before.sealingKeyId());
        assertThat(dsl.select(COMPLAINT.COMPLAINANT_NAME_SEALED).from(COMPLAINT)
                .where(COMPLAINT.ID.eq(old.id().value())).fetchSingle().value1()).isNotEqualTo(sealedBefore);
        assertThat(new PostgresComplaintStore(dsl, rotated).findById(old.id()).orElseThrow().submission().complainant())
                .isEqualTo(old.submission().complainant());
    }

    @Test
    void a_complainants_complaints_are_found_by_phone_number_in_any_spelling() {
        Complaint first = registered(distinctive());
        Complaint second = registered(anIntake().phone("+86 137 1234 5679"));
        Complaint someoneElse = registered(anIntake().phone("13712345678"));
        for (Complaint c : List.of(first, second, someoneElse)) {
            store.insert(c, aNewRequest());
        }

        assertThat(store.list(ComplaintFilter.ALL.withComplainantPhone(new PhoneNumber(PHONE)),
                10, Optional.empty()))
                .extracting(Complaint::id).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void a_complainants_complaints_are_found_by_account_number_with_or_without_hyphens() {
        Complaint first = registered(distinctive());
        Complaint second = registered(anIntake().accountNumber("gx88427719"));
        Complaint without = registered(anIntake().withoutAccountNumber());
        Complaint someoneElse = registered(anIntake().accountNumber("GX-8842-7718"));
        for (Complaint c : List.of(first, second, without, someoneElse)) {
            store.insert(c, aNewRequest());
        }

        assertThat(store.list(ComplaintFilter.ALL.withComplainantAccountNumber(new AccountNumber(ACCOUNT)), 10,
                Optional.empty()))
                .extracting(Complaint::id).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void the_database_refuses_a_row_written_in_plaintext() {
        Complaint complaint = registered(distinctive());
        store.insert(complaint, aNewRequest());

        assertThatThrownBy(() -> dsl.update(COMPLAINT).set(COMPLAINT.COMPLAINANT_PHONE, PHONE)
                .where(COMPLAINT.ID.eq(complaint.id().value())).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("complaint_complainant_sealed");
    }

    private long keyIdOf(ComplaintId id) {
        return dsl.select(COMPLAINT.PERSONAL_DATA_KEY_ID).from(COMPLAINT).where(COMPLAINT.ID.eq(id.value())).fetchSingle().value1();
    }

    /** Every row of every table of the register, as PostgreSQL prints it (bytea as hex). */
    static List<String> rawRows(DSLContext dsl) {
        return dsl.fetch("""
                select t::text from complaint t
                union all select t::text from complaint_event t
                union all select t::text from request_log t
                union all select t::text from complaint_watch t
                """).getValues(0, String.class);
    }

    /** None of the distinctive values, in text or as the hex of its bytes (a bytea column in plaintext). */
    static void holdsNoDistinctiveValue(String row) {
        for (String value : List.of(NAME, PHONE, ACCOUNT, ADDRESS, "88427719", "幸福路")) {
            assertThat(row).doesNotContain(value)
                    .doesNotContain(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
