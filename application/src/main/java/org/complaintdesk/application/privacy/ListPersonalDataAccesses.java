package org.complaintdesk.application.privacy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.complaint.GetComplaint;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.port.out.PersonalDataAccessLog;
import org.complaintdesk.application.request.RoleNotPermittedException;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.PersonalDataPolicy;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The record of who was shown personal data unmasked, newest first, for an auditor: of one
 * complaint their unit reaches, or of one user across the complaints their unit reaches.
 */
public final class ListPersonalDataAccesses {
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;

    /** Whose accesses: to one complaint's data, or by one user. */
    public sealed interface Subject {
        record OfComplaint(ComplaintId complaintId) implements Subject {
            public OfComplaint {
                Objects.requireNonNull(complaintId, "complaintId");
            }
        }

        record ByUser(UserId user) implements Subject {
            public ByUser {
                Objects.requireNonNull(user, "user");
            }
        }
    }

    /** A page request; {@code pageSize} 0 means the default, above the maximum is capped. */
    public record Query(Subject subject, int pageSize, Optional<PersonalDataAccess.Cursor> after) {
        public Query {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(after, "after");
            if (pageSize < 0) {
                throw new InvalidValueException("page_size", "NEGATIVE", "must not be negative");
            }
        }

        int effectivePageSize() {
            return pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        }
    }

    /** One page, and where the next one starts if there is one. */
    public record Page(List<PersonalDataAccess> accesses, Optional<PersonalDataAccess.Cursor> next) {
    }

    private final PersonalDataAccessLog log;
    private final ComplaintStore complaints;

    public ListPersonalDataAccesses(PersonalDataAccessLog log, ComplaintStore complaints) {
        this.log = Objects.requireNonNull(log, "log");
        this.complaints = Objects.requireNonNull(complaints, "complaints");
    }

    public Page execute(Actor reader, Query query) {
        if (!PersonalDataPolicy.auditors().contains(reader.role())) {
            throw new RoleNotPermittedException("read the record of personal data access", reader.role(),
                    PersonalDataPolicy.auditors());
        }
        int size = query.effectivePageSize();
        // One row more than asked tells whether another page exists without counting.
        List<PersonalDataAccess> rows = switch (query.subject()) {
            case Subject.OfComplaint of -> {
                GetComplaint.reached(reader, complaints.findById(of.complaintId()), of.complaintId().toString());
                yield log.ofComplaint(of.complaintId(), size + 1, query.after());
            }
            case Subject.ByUser by -> log.ofUser(by.user(), reader.orgUnit(), size + 1, query.after());
        };
        if (rows.size() <= size) {
            return new Page(rows, Optional.empty());
        }
        List<PersonalDataAccess> page = List.copyOf(rows.subList(0, size));
        PersonalDataAccess last = page.getLast();
        return new Page(page, Optional.of(new PersonalDataAccess.Cursor(last.accessedAt(), last.id())));
    }
}
