package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_SCOPE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintScopeRecord;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.UnitScope;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;

/**
 * The rows of complaint_scope: one for each unit that reaches a complaint
 * ({@link UnitScope#reachingUnits}), written with the complaint in its transaction.
 */
final class ComplaintScopes {
    /** The steps that change the departments a complaint is dispatched to; no other moves its scope. */
    private static final Set<EventType> MOVES = EnumSet.of(EventType.DISPATCHED, EventType.REDISPATCHED,
            EventType.DISPATCH_RETURNED);

    private ComplaintScopes() {
    }

    /** The complaint's scope rows. */
    static List<ComplaintScopeRecord> records(Complaint complaint) {
        String tenant = complaint.registration().orgUnit().top().value();
        List<ComplaintScopeRecord> rows = new ArrayList<>();
        for (OrgUnitId unit : UnitScope.reachingUnits(complaint)) {
            var row = new ComplaintScopeRecord();
            row.setTenant(tenant);
            row.setComplaintId(complaint.id().value());
            row.setUnit(unit.value());
            row.setReceivedAt(ComplaintRows.storable(complaint.submission().receivedAt()));
            rows.add(row);
        }
        return rows;
    }

    static void write(DSLContext tx, Complaint complaint) {
        tx.insertInto(COMPLAINT_SCOPE, COMPLAINT_SCOPE.TENANT, COMPLAINT_SCOPE.COMPLAINT_ID, COMPLAINT_SCOPE.UNIT,
                        COMPLAINT_SCOPE.RECEIVED_AT)
                .valuesOfRecords(records(complaint).stream()
                        .map(r -> r.into(COMPLAINT_SCOPE.TENANT, COMPLAINT_SCOPE.COMPLAINT_ID, COMPLAINT_SCOPE.UNIT,
                                COMPLAINT_SCOPE.RECEIVED_AT))
                        .toList())
                .execute();
    }

    /** Writes the complaint's scope anew if one of its new steps moved it between departments. */
    static void rewriteIfMoved(DSLContext tx, Complaint complaint) {
        if (complaint.newEvents().stream().noneMatch(event -> MOVES.contains(event.type()))) {
            return;
        }
        tx.deleteFrom(COMPLAINT_SCOPE).where(COMPLAINT_SCOPE.COMPLAINT_ID.eq(complaint.id().value())).execute();
        write(tx, complaint);
    }
}
