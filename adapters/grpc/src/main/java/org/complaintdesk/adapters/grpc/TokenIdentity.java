package org.complaintdesk.adapters.grpc;

import java.util.Objects;
import java.util.Set;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/** Who a verified token says the caller is, and every role and unit it grants (either may be empty). */
record TokenIdentity(UserId user, Set<Role> roles, Set<OrgUnitId> units) {
    TokenIdentity {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles);
        units = Set.copyOf(units);
    }
}
