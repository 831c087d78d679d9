package org.complaintdesk.application.deadline;

import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Complaint;

/**
 * The monitor's first look at a complaint being registered, taken by the registration itself: a
 * second transaction only to time a complaint the registration already holds costs about as much
 * as a good part of the registration.
 */
@FunctionalInterface
public interface FirstLook {
    /** No first look: the monitor looks at every new complaint itself. */
    FirstLook NONE = (registered, at) -> Optional.empty();

    /**
     * What the monitor would record of the new complaint at {@code at}; empty when the monitor must
     * look itself: there are alerts to record exactly once, a step to take, or the clocks could not
     * be computed.
     */
    Optional<Attention.Outcome> of(Complaint registered, Instant at);
}
