package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintRecord;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Address;
import org.complaintdesk.domain.complaint.Complainant;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.complaint.PersonName;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record6;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals the complainant's data of rows written in plaintext before V6 and empties their plaintext
 * columns, a batch per transaction; then has PostgreSQL check every row (validates
 * {@code complaint_complainant_sealed}), after which no plaintext can be written again.
 *
 * <p>Idempotent and safe beside other instances: a batch takes rows still in plaintext with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances starting together share the work, and a run
 * that stops half-way leaves sealed rows sealed and the rest for the next run. A step on a row in
 * the meantime seals it too (every write seals).
 */
public final class ComplainantSealing {
    private static final Logger log = LoggerFactory.getLogger(ComplainantSealing.class);
    private static final String CONSTRAINT = "complaint_complainant_sealed";

    private final DSLContext dsl;
    private final ComplaintRows rows;

    public ComplainantSealing(DSLContext dsl, PersonalDataCipher cipher) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.rows = new ComplaintRows(cipher);
    }

    /** Seals every row still in plaintext, {@code batchSize} rows per transaction; the number sealed. */
    public long sealPlaintextRows(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive, was " + batchSize);
        }
        if (isValidated()) {
            return 0;
        }
        long total = 0;
        int sealed;
        do {
            sealed = dsl.transactionResult(tx -> sealBatch(tx.dsl(), batchSize));
            total += sealed;
            if (sealed > 0) {
                log.info("sealed the complainant's data of {} complaints written in plaintext", total);
            }
        } while (sealed > 0);
        // Rows another instance is sealing right now are left to it, and so is the validation.
        if (!dsl.fetchExists(COMPLAINT, COMPLAINT.COMPLAINANT_NAME.isNotNull())) {
            dsl.execute("alter table complaint validate constraint " + CONSTRAINT);
        }
        return total;
    }

    /** Whether PostgreSQL has checked that no row holds the complainant's data in plaintext. */
    public boolean isValidated() {
        return Boolean.TRUE.equals(dsl.select(DSL.field("convalidated", Boolean.class))
                .from(DSL.table("pg_constraint"))
                .where(DSL.field("conname").eq(CONSTRAINT))
                .and(DSL.field("conrelid").eq(DSL.field("'complaint'::regclass")))
                .fetchOne(0, Boolean.class));
    }

    private int sealBatch(DSLContext tx, int limit) {
        List<Record6<java.util.UUID, String, String, String, String, String>> plain = tx
                .select(COMPLAINT.ID, COMPLAINT.COMPLAINANT_NAME, COMPLAINT.COMPLAINANT_PHONE,
                        COMPLAINT.COMPLAINANT_ACCOUNT_NUMBER, COMPLAINT.COMPLAINANT_ADDRESS, COMPLAINT.CONTACT_PREFERENCE)
                .from(COMPLAINT)
                .where(COMPLAINT.COMPLAINANT_NAME.isNotNull())
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch();
        List<Query> updates = new ArrayList<>(plain.size());
        for (var row : plain) {
            var complainant = new Complainant(new PersonName(row.value2()), new PhoneNumber(row.value3()),
                    Optional.ofNullable(row.value4()).map(AccountNumber::new), new Address(row.value5()),
                    ContactPreference.valueOf(row.value6()));
            ComplaintRecord sealed = new ComplaintRecord();
            rows.seal(row.value1(), complainant, sealed);
            updates.add(tx.update(COMPLAINT).set(sealed).where(COMPLAINT.ID.eq(row.value1())));
        }
        if (!updates.isEmpty()) {
            tx.batch(updates).execute();
        }
        return plain.size();
    }
}
