package org.complaintdesk.application.port.out;

import java.util.List;
import java.util.Optional;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.organisation.OrgUnitId;

/** Finds complaints for work lists, newest receipt first. */
public interface ComplaintSearch {

    /**
     * Up to {@code limit} complaints matching {@code filter}, ordered by receipt time descending
     * and id descending, starting after {@code after} when given.
     */
    List<Complaint> list(ComplaintFilter filter, int limit, Optional<PageCursor> after);

    /** Like {@link #list}, of the complaints {@code unit} reaches only ({@code UnitScope}). */
    List<Complaint> listReachedBy(OrgUnitId unit, ComplaintFilter filter, int limit, Optional<PageCursor> after);
}
