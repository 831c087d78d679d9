package org.complaintdesk.application.port.out;

import java.util.List;
import java.util.Optional;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;

/** Keeps the record of every return of personal data unmasked, for auditors. Append-only. */
public interface PersonalDataAccessLog {

    /** Stores every access of the list, all or none; an empty list stores nothing. */
    void record(List<PersonalDataAccess> accesses);

    /** Up to {@code limit} accesses to one complaint's data, newest first, after {@code after} when given. */
    List<PersonalDataAccess> ofComplaint(ComplaintId complaint, int limit, Optional<PersonalDataAccess.Cursor> after);

    /**
     * Up to {@code limit} accesses by one user, newest first, after {@code after} when given, to
     * the complaints that {@code reachedBy} reaches now (those in its {@code complaint_scope}).
     */
    List<PersonalDataAccess> ofUser(UserId user, OrgUnitId reachedBy, int limit,
                                    Optional<PersonalDataAccess.Cursor> after);
}
