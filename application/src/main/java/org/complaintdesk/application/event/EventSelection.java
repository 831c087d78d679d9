package org.complaintdesk.application.event;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * Which published events a reader wants.
 *
 * @param reachedBy     only events of complaints this unit reaches (owns, handles, or is above);
 *                      empty for all
 * @param entryTypes    the timeline entry types wanted
 * @param alertKinds    the alert kinds wanted
 * @param notices       whether issued notices are wanted
 * @param earlyWarnings whether raised early warnings are wanted; when both sets are empty and
 *                      both flags false, every event is wanted
 */
public record EventSelection(Optional<OrgUnitId> reachedBy, Set<EventType> entryTypes, Set<ClockAlert.Kind> alertKinds,
                             boolean notices, boolean earlyWarnings) {
    public static final EventSelection ALL = new EventSelection(Optional.empty(), Set.of(), Set.of(), false, false);

    public EventSelection {
        Objects.requireNonNull(reachedBy, "reachedBy");
        entryTypes = Set.copyOf(entryTypes);
        alertKinds = Set.copyOf(alertKinds);
    }

    /** Whether every type and kind is wanted. */
    public boolean allTypes() {
        return entryTypes.isEmpty() && alertKinds.isEmpty() && !notices && !earlyWarnings;
    }
}
