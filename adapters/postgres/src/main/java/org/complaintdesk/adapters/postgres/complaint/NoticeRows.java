package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_NOTICE;

import java.util.List;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintNoticeRecord;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.notice.IssuedNotice;
import org.jooq.DSLContext;

/**
 * The notices issued to complainants, in {@code complaint_notice}: written in the transaction of
 * the step that issued them, after the complaint's row, so that the outbox trigger reads the
 * complaint's version and unit as the step left them.
 */
final class NoticeRows {

    private NoticeRows() {
    }

    /** One multi-row INSERT of the notices the complaint's steps issued. */
    static void insert(DSLContext tx, Complaint complaint, List<IssuedNotice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        String tenant = complaint.registration().orgUnit().top().value();
        tx.insertInto(COMPLAINT_NOTICE, COMPLAINT_NOTICE.fields())
                .valuesOfRecords(notices.stream().map(notice -> toRecord(tenant, notice)).toList())
                .execute();
    }

    private static ComplaintNoticeRecord toRecord(String tenant, IssuedNotice notice) {
        var record = new ComplaintNoticeRecord();
        record.setTenant(tenant);
        record.setComplaintId(notice.complaintId().value());
        record.setId(notice.id());
        record.setTicketNumber(notice.ticket().value());
        record.setKind(notice.notice().kind().name());
        record.setChannel(notice.notice().channel().name());
        record.setText(notice.notice().text());
        record.setIssuedAt(ComplaintRows.storable(notice.issuedAt()));
        record.setConfirmBy(ComplaintRows.storable(notice.confirmBy()));
        return record;
    }
}
