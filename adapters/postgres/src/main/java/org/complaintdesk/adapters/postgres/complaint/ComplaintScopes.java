package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_SCOPE;

import java.util.EnumSet;
import java.util.Set;
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

    static void write(DSLContext tx, Complaint complaint) {
        String tenant = complaint.registration().orgUnit().top().value();
        var insert = tx.insertInto(COMPLAINT_SCOPE, COMPLAINT_SCOPE.TENANT, COMPLAINT_SCOPE.COMPLAINT_ID,
                COMPLAINT_SCOPE.UNIT, COMPLAINT_SCOPE.RECEIVED_AT);
        for (OrgUnitId unit : UnitScope.reachingUnits(complaint)) {
            insert = insert.values(tenant, complaint.id().value(), unit.value(),
                    ComplaintRows.storable(complaint.submission().receivedAt()));
        }
        insert.execute();
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
