package org.complaintdesk.application.statistics;

import java.util.EnumSet;
import java.util.Set;
import org.complaintdesk.application.event.UnitOutOfReachException;
import org.complaintdesk.application.request.RoleNotPermittedException;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;

/**
 * Who reads statistics, and over what. Every role that works on complaints reads the statistics of
 * its own unit and the units below it (supervisors, directors and auditors for their office's
 * assessment, agents and handlers for their own unit's work); an administrator keeps settings and
 * reads none. Statistics carry counts and durations only, never personal data, so no role is
 * masked. A filter may narrow the scope to a unit inside it, never widen it.
 */
public final class StatisticsAccess {
    public static final Set<Role> READERS = EnumSet.of(Role.AGENT, Role.HANDLER, Role.SUPERVISOR, Role.DIRECTOR,
            Role.AUDITOR, Role.SYSTEM);

    private StatisticsAccess() {
    }

    /**
     * The unit whose subtree the reader's question covers: the filter's unit, or the reader's own.
     *
     * @throws RoleNotPermittedException for a role that reads no statistics
     * @throws UnitOutOfReachException   for a filter unit outside the reader's subtree
     */
    public static OrgUnitId scopeOf(Actor reader, StatisticsFilter filter) {
        if (!READERS.contains(reader.role())) {
            throw new RoleNotPermittedException("read statistics", reader.role(), READERS);
        }
        OrgUnitId own = reader.orgUnit();
        OrgUnitId asked = filter.unit().orElse(own);
        if (!own.contains(asked)) {
            throw new UnitOutOfReachException(asked, own);
        }
        return asked;
    }
}
