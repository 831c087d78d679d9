package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;

import java.util.Collection;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintRecord;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.domain.complaint.Complainant;
import org.jooq.DSLContext;

/**
 * For benchmarks that copy a complaint's row in SQL: a sealed value copied to another row does not
 * open there (its associated data names the row), so the copies that will be read are sealed for
 * their own rows.
 */
public final class SealedCopies {
    private SealedCopies() {
    }

    public static void sealFor(DSLContext dsl, PersonalDataCipher cipher, Collection<UUID> ids, Complainant complainant) {
        dsl.batch(ids.stream().map(id -> dsl.update(COMPLAINT).set(sealed(cipher, id, complainant))
                .where(COMPLAINT.ID.eq(id))).toList()).execute();
    }

    /**
     * The columns the store writes for the complainant of row {@code id}: sealed values, the key that
     * sealed them and the blind indexes (the only fields set), for a seed that writes rows itself.
     */
    public static ComplaintRecord sealed(PersonalDataCipher cipher, UUID id, Complainant complainant) {
        ComplaintRecord sealed = new ComplaintRecord();
        new ComplaintRows(cipher).seal(id, complainant, sealed);
        return sealed;
    }
}
