package org.complaintdesk.application.port.out;

import java.util.List;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;

/** Reads a complaint's timeline, which only ever grows. */
public interface ComplaintTimeline {

    /** Up to {@code limit} entries of the complaint with a sequence above {@code afterSequence}, oldest first. */
    List<ComplaintEvent> events(ComplaintId complaintId, long afterSequence, int limit);
}
