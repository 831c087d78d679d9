package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.PERSONAL_DATA_ACCESS;

import java.util.List;
import org.complaintdesk.adapters.postgres.MonthlyPartitions;
import org.complaintdesk.adapters.postgres.jooq.tables.records.PersonalDataAccessRecord;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.domain.complaint.PersonalField;
import org.jooq.DSLContext;

/**
 * The inserts of records of personal data access into {@code personal_data_access}, partitioned by
 * month (see V8__personal_data_access.sql): for the access log's own writes, and for a
 * registration's, whose answer's record is stored with it.
 */
final class AccessRows {
    /** Rows per INSERT statement: far below PostgreSQL's 65,535 bind parameters at 9 a row. */
    static final int ROWS_PER_STATEMENT = 1_000;

    private final MonthlyPartitions partitions;

    AccessRows(DSLContext dsl) {
        this.partitions = new MonthlyPartitions(dsl, PERSONAL_DATA_ACCESS);
    }

    /**
     * Adds the inserts of the accesses to the chain, after creating the partitions of their months
     * in transactions of their own (so before the chain's): a partition is kept even if the rows
     * fail. No access adds nothing, and creates nothing.
     */
    StatementChain append(StatementChain chain, List<PersonalDataAccess> accesses) {
        if (accesses.isEmpty()) {
            return chain;
        }
        partitions.prepareFor(accesses.stream().map(PersonalDataAccess::accessedAt).toList());
        for (int from = 0; from < accesses.size(); from += ROWS_PER_STATEMENT) {
            chain.insert(accesses.subList(from, Math.min(from + ROWS_PER_STATEMENT, accesses.size())).stream()
                    .map(AccessRows::toRecord).toList());
        }
        return chain;
    }

    private static PersonalDataAccessRecord toRecord(PersonalDataAccess access) {
        var row = new PersonalDataAccessRecord();
        row.setTenant(access.tenant().value());
        row.setAccessedAt(ComplaintRows.storable(access.accessedAt()));
        row.setId(access.id());
        row.setComplaintId(access.complaintId().value());
        row.setUserId(access.user().value());
        row.setRole(access.role().name());
        row.setOrgUnit(access.orgUnit().value());
        row.setMethod(access.method());
        row.setFields(access.fields().stream().sorted().map(PersonalField::name).toArray(String[]::new));
        return row;
    }
}
