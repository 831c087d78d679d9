package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_NOTICE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.application.notice.RecordedNotice;
import org.complaintdesk.application.port.out.ComplaintNotices;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.jooq.DSLContext;

/** The notices issued to complainants, read from {@code complaint_notice}. */
public final class PostgresComplaintNotices implements ComplaintNotices {
    private final DSLContext dsl;

    public PostgresComplaintNotices(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public List<RecordedNotice> of(ComplaintId complaint) {
        return dsl.selectFrom(COMPLAINT_NOTICE)
                .where(COMPLAINT_NOTICE.COMPLAINT_ID.eq(complaint.value()))
                .orderBy(COMPLAINT_NOTICE.ISSUED_AT, COMPLAINT_NOTICE.ID)
                .fetch(NoticeRows::toNotice);
    }

    @Override
    public Optional<RecordedNotice> find(ComplaintId complaint, UUID notice) {
        return dsl.selectFrom(COMPLAINT_NOTICE)
                .where(COMPLAINT_NOTICE.COMPLAINT_ID.eq(complaint.value()))
                .and(COMPLAINT_NOTICE.ID.eq(notice))
                .fetchOptional(NoticeRows::toNotice);
    }
}
