package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_SCOPE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.PERSONAL_DATA_ACCESS;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectOne;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.jooq.tables.records.PersonalDataAccessRecord;
import org.complaintdesk.application.port.out.PersonalDataAccessLog;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.PersonalField;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * The record of personal data returned unmasked, in the {@code personal_data_access} table,
 * partitioned by month (see V8__personal_data_access.sql).
 */
public final class PostgresPersonalDataAccessLog implements PersonalDataAccessLog {
    private final DSLContext dsl;
    private final AccessRows rows;

    public PostgresPersonalDataAccessLog(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.rows = new AccessRows(dsl);
    }

    /** Creates the months' partitions first, in their own transactions: a partition is kept even if the rows fail. */
    @Override
    public void record(List<PersonalDataAccess> accesses) {
        if (accesses.isEmpty()) {
            return;
        }
        // The statements of a chain are one implicit transaction, however many: all are recorded or none.
        // Every answer that discloses personal data records it, so no query is rendered on the way.
        rows.append(new StatementChain(), accesses).execute(dsl);
    }

    @Override
    public List<PersonalDataAccess> ofComplaint(ComplaintId complaint, int limit,
                                                Optional<PersonalDataAccess.Cursor> after) {
        return ofComplaintQuery(complaint, limit, after).fetch(PostgresPersonalDataAccessLog::toAccess);
    }

    @Override
    public List<PersonalDataAccess> ofUser(UserId user, OrgUnitId reachedBy, int limit,
                                           Optional<PersonalDataAccess.Cursor> after) {
        return ofUserQuery(user, reachedBy, limit, after).fetch(PostgresPersonalDataAccessLog::toAccess);
    }

    /** Read from the complaint's index in list order, starting right after the cursor. */
    ResultQuery<PersonalDataAccessRecord> ofComplaintQuery(ComplaintId complaint, int limit,
                                                           Optional<PersonalDataAccess.Cursor> after) {
        Objects.requireNonNull(complaint, "complaint");
        return page(PERSONAL_DATA_ACCESS.COMPLAINT_ID.eq(complaint.value()), limit, after);
    }

    /**
     * Read from the user's index in list order, each access checked against the unit's scope. The
     * check joins on the tenant too (an access carries its complaint's, as complaint_scope does),
     * so that it is one probe of complaint_scope's primary key, not a read of every complaint the
     * unit reaches: a top unit reaches the whole register.
     */
    ResultQuery<PersonalDataAccessRecord> ofUserQuery(UserId user, OrgUnitId reachedBy, int limit,
                                                      Optional<PersonalDataAccess.Cursor> after) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(reachedBy, "reachedBy");
        Condition reached = exists(selectOne()
                .from(COMPLAINT_SCOPE)
                .where(COMPLAINT_SCOPE.TENANT.eq(PERSONAL_DATA_ACCESS.TENANT))
                .and(COMPLAINT_SCOPE.COMPLAINT_ID.eq(PERSONAL_DATA_ACCESS.COMPLAINT_ID))
                .and(COMPLAINT_SCOPE.UNIT.eq(reachedBy.value())));
        return page(PERSONAL_DATA_ACCESS.USER_ID.eq(user.value()).and(reached), limit, after);
    }

    private ResultQuery<PersonalDataAccessRecord> page(Condition which, int limit,
                                                       Optional<PersonalDataAccess.Cursor> after) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        // The cursor's time cut as a stored time is, so that a cursor taken before storing still
        // points between the same rows.
        Condition afterCursor = after
                .map(cursor -> row(PERSONAL_DATA_ACCESS.ACCESSED_AT, PERSONAL_DATA_ACCESS.ID)
                        .lt(ComplaintRows.storable(cursor.accessedAt()), cursor.id()))
                .orElse(noCondition());
        return dsl.selectFrom(PERSONAL_DATA_ACCESS)
                .where(which)
                .and(afterCursor)
                .orderBy(PERSONAL_DATA_ACCESS.ACCESSED_AT.desc(), PERSONAL_DATA_ACCESS.ID.desc())
                .limit(limit);
    }

    private static PersonalDataAccess toAccess(PersonalDataAccessRecord row) {
        var fields = EnumSet.noneOf(PersonalField.class);
        Arrays.stream(row.getFields()).map(PersonalField::valueOf).forEach(fields::add);
        return new PersonalDataAccess(row.getId(), row.getAccessedAt(), new ComplaintId(row.getComplaintId()),
                new OrgUnitId(row.getTenant()), new UserId(row.getUserId()), Role.valueOf(row.getRole()),
                new OrgUnitId(row.getOrgUnit()), row.getMethod(), fields);
    }
}
