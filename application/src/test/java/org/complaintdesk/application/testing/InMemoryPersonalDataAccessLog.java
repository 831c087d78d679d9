package org.complaintdesk.application.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.port.out.PersonalDataAccessLog;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.UnitScope;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;

/** The record of personal data access in memory, its reach judged on the complaints of {@code complaints}. */
public final class InMemoryPersonalDataAccessLog implements PersonalDataAccessLog {
    private static final Comparator<PersonalDataAccess> NEWEST_FIRST = Comparator
            .comparing(PersonalDataAccess::accessedAt).thenComparing(PersonalDataAccess::id).reversed();

    private final List<PersonalDataAccess> accesses = new ArrayList<>();
    private final ComplaintStore complaints;

    public InMemoryPersonalDataAccessLog(ComplaintStore complaints) {
        this.complaints = complaints;
    }

    @Override
    public synchronized void record(List<PersonalDataAccess> added) {
        accesses.addAll(added);
    }

    @Override
    public synchronized List<PersonalDataAccess> ofComplaint(ComplaintId complaint, int limit,
                                                             Optional<PersonalDataAccess.Cursor> after) {
        return page(access -> access.complaintId().equals(complaint), limit, after);
    }

    @Override
    public synchronized List<PersonalDataAccess> ofUser(UserId user, OrgUnitId reachedBy, int limit,
                                                        Optional<PersonalDataAccess.Cursor> after) {
        return page(access -> access.user().equals(user) && complaints.findById(access.complaintId())
                .filter(complaint -> UnitScope.reaches(reachedBy, complaint)).isPresent(), limit, after);
    }

    /** Every access recorded so far, oldest first. */
    public synchronized List<PersonalDataAccess> all() {
        return List.copyOf(accesses);
    }

    private List<PersonalDataAccess> page(Predicate<PersonalDataAccess> matches, int limit,
                                          Optional<PersonalDataAccess.Cursor> after) {
        return accesses.stream()
                .filter(matches)
                .filter(access -> after.map(cursor -> NEWEST_FIRST.compare(access,
                        new PersonalDataAccess(cursor.id(), cursor.accessedAt(), access.complaintId(), access.tenant(),
                                access.user(), access.role(), access.orgUnit(), access.method(), access.fields())) > 0)
                        .orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }
}
