package org.complaintdesk.application.notice;

import java.util.List;
import java.util.Objects;
import org.complaintdesk.application.complaint.GetComplaint;
import org.complaintdesk.application.port.out.ComplaintNotices;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.Actor;

/**
 * The notices issued to a complaint's complainant and what became of each, for a reader whose unit
 * reaches the complaint: a failed or unconfirmed one shows that the complainant may not know.
 */
public final class ListComplaintNotices {

    /** The complaint (for what the reader may see of it) and its notices, oldest first. */
    public record Listing(Complaint complaint, List<RecordedNotice> notices) {
    }

    private final ComplaintStore complaints;
    private final ComplaintNotices notices;

    public ListComplaintNotices(ComplaintStore complaints, ComplaintNotices notices) {
        this.complaints = Objects.requireNonNull(complaints, "complaints");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    public Listing execute(Actor reader, ComplaintId id) {
        Complaint complaint = GetComplaint.reached(reader, complaints.findById(id), id.toString());
        return new Listing(complaint, notices.of(complaint.id()));
    }
}
