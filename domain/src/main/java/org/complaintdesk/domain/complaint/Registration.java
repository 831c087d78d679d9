package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;

/** Who registered the complaint, for which organisation unit, and when. */
public record Registration(OrgUnitId orgUnit, UserId registeredBy, Instant registeredAt) {
    public Registration {
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
