package org.complaintdesk.application.port.out;

import java.util.List;
import java.util.Optional;
import org.complaintdesk.application.warning.EarlyWarning;
import org.complaintdesk.domain.organisation.OrgUnitId;

/** The warnings raised, shared by every instance. */
public interface EarlyWarnings {

    /**
     * Records the warning, and publishes it with it, unless a warning of the same rule, scope unit
     * and subject has a window overlapping this one's: so each crossing is recorded once, however
     * many instances find it at the same time.
     *
     * @return whether this call recorded it
     */
    boolean raise(EarlyWarning warning);

    /** The warnings whose scope unit is {@code within} or below it, newest first, after the cursor. */
    List<EarlyWarning> list(OrgUnitId within, Optional<EarlyWarning.Cursor> after, int limit);
}
