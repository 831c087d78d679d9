package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;

/**
 * Who registered the complaint, for which organisation unit, and when.
 *
 * @param orgUnit     the unit that owns the complaint
 * @param intakeUnit  the unit the registering caller acted for (a hotline, a service centre), which
 *                    keeps the complaint in its reach to follow it up and call the complainant back
 */
public record Registration(OrgUnitId orgUnit, OrgUnitId intakeUnit, UserId registeredBy, Instant registeredAt) {
    public Registration {
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(intakeUnit, "intakeUnit");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
