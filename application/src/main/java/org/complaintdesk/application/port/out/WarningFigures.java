package org.complaintdesk.application.port.out;

import java.time.Instant;
import java.util.List;
import org.complaintdesk.application.warning.WarningObservation;
import org.complaintdesk.application.warning.WarningRule;

/** Measures warning rules over the register. */
public interface WarningFigures {

    /**
     * The rule's metric over [from, to) for each scope unit (and subject, with the rule's
     * {@code per}) that has any complaint counted, narrowed by the rule's filters.
     */
    List<WarningObservation> observe(WarningRule rule, Instant from, Instant to);
}
