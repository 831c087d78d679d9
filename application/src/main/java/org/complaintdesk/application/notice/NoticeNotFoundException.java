package org.complaintdesk.application.notice;

import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.validation.DomainException;

/** The complaint, which the caller reaches, has no notice of this id. */
public final class NoticeNotFoundException extends DomainException {
    public static final String RULE = "NOTICE_NOT_FOUND";
    private final ComplaintId complaint;
    private final UUID notice;

    public NoticeNotFoundException(ComplaintId complaint, UUID notice) {
        super(RULE, "the complaint " + complaint + " has no notice " + notice);
        this.complaint = Objects.requireNonNull(complaint, "complaint");
        this.notice = Objects.requireNonNull(notice, "notice");
    }

    public ComplaintId complaint() {
        return complaint;
    }

    public UUID notice() {
        return notice;
    }
}
