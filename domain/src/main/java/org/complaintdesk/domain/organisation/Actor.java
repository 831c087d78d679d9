package org.complaintdesk.domain.organisation;

import java.util.Objects;

/** Who acts: every change to a complaint records its actor. */
public record Actor(UserId userId, Role role, OrgUnitId orgUnit) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(orgUnit, "orgUnit");
    }
}
