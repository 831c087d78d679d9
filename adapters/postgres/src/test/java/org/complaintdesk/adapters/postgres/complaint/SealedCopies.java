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
        var rows = new ComplaintRows(cipher);
        dsl.batch(ids.stream().map(id -> {
            ComplaintRecord sealed = new ComplaintRecord();
            rows.seal(id, complainant, sealed);
            return dsl.update(COMPLAINT).set(sealed).where(COMPLAINT.ID.eq(id));
        }).toList()).execute();
    }
}
