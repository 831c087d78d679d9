package org.complaintdesk.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.application.notice.RecordedNotice;
import org.complaintdesk.domain.complaint.ComplaintId;

/**
 * The notices issued to complainants, as stored with the steps that issued them
 * ({@link ComplaintStore#update}). Reading them is separate: the complaint does not hold them.
 */
public interface ComplaintNotices {

    /** The complaint's notices, oldest first; those of one step in the order it issued them (by id). */
    List<RecordedNotice> of(ComplaintId complaint);

    /** The complaint's notice {@code notice}, if it has one of that id. */
    Optional<RecordedNotice> find(ComplaintId complaint, UUID notice);
}
