package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_NOTICE;

import java.util.List;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintNoticeRecord;
import org.complaintdesk.application.notice.NoticeWrites;
import org.complaintdesk.application.notice.RecordedNotice;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.notice.DeliveryOutcome;
import org.complaintdesk.domain.notice.IssuedNotice;
import org.complaintdesk.domain.notice.NoticeChannel;
import org.complaintdesk.domain.notice.NoticeKind;
import org.complaintdesk.domain.notice.RenderedNotice;
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

    /**
     * Sets the outcomes the complaint's steps recorded. A notice keeps its first report: an
     * outcome is written over none or over UNCONFIRMED only, which the use case checked before.
     */
    static void recordOutcomes(DSLContext tx, Complaint complaint, List<NoticeWrites.Outcome> outcomes) {
        for (NoticeWrites.Outcome outcome : outcomes) {
            int written = tx.update(COMPLAINT_NOTICE)
                    .set(COMPLAINT_NOTICE.OUTCOME, outcome.outcome().name())
                    .set(COMPLAINT_NOTICE.OUTCOME_AT, ComplaintRows.storable(outcome.at()))
                    .where(COMPLAINT_NOTICE.COMPLAINT_ID.eq(complaint.id().value()))
                    .and(COMPLAINT_NOTICE.ID.eq(outcome.notice()))
                    .and(COMPLAINT_NOTICE.OUTCOME.isNull().or(COMPLAINT_NOTICE.OUTCOME.eq(DeliveryOutcome.UNCONFIRMED.name())))
                    .execute();
            if (written == 0) {
                // The complaint's version was checked in this transaction: only a write outside
                // the service's steps can have got here first.
                throw new IllegalStateException("notice " + outcome.notice() + " of complaint " + complaint.id()
                        + " does not exist or was reported on outside a step");
            }
        }
    }

    /** The notice of a row. */
    static RecordedNotice toNotice(ComplaintNoticeRecord r) {
        var issued = new IssuedNotice(r.getId(), new ComplaintId(r.getComplaintId()), new TicketNumber(r.getTicketNumber()),
                new RenderedNotice(NoticeKind.valueOf(r.getKind()), NoticeChannel.valueOf(r.getChannel()), r.getText()),
                r.getIssuedAt(), r.getConfirmBy());
        return new RecordedNotice(issued, Optional.ofNullable(r.getOutcome()).map(DeliveryOutcome::valueOf),
                Optional.ofNullable(r.getOutcomeAt()));
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
