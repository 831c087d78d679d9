package org.complaintdesk.application.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.PersonalField;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/**
 * One return of a complaint's personal data unmasked (PIPL Art. 51, 55): who saw it, acting in
 * which role for which unit, when, which fields, and why (the method that returned them).
 *
 * @param tenant the top of the owning unit's tree, as every complaint-owned row carries
 */
public record PersonalDataAccess(UUID id, Instant accessedAt, ComplaintId complaintId, OrgUnitId tenant,
                                 UserId user, Role role, OrgUnitId orgUnit, String method, Set<PersonalField> fields) {
    public PersonalDataAccess {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accessedAt, "accessedAt");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(method, "method");
        fields = Set.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("an access shows at least one personal field");
        }
    }

    /** Where a page of access records ends: records are listed newest first, by time then id. */
    public record Cursor(Instant accessedAt, UUID id) {
        public Cursor {
            Objects.requireNonNull(accessedAt, "accessedAt");
            Objects.requireNonNull(id, "id");
        }
    }
}
