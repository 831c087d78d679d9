package org.complaintdesk.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.application.publicview.VerificationFailure;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;

/**
 * The failed verification attempts of the public view, shared by every instance of the service, so
 * that a limit holds whichever instance a portal's calls reach.
 */
public interface VerificationFailures {

    /**
     * Records a failure (or an attempt about to be checked, counted as one until it is withdrawn),
     * visible to every instance once this returns, and forgets the tenant's failures before
     * {@code forgetBefore}: they count no more.
     */
    void record(VerificationFailure failure, Instant forgetBefore);

    /** Removes a recorded attempt that turned out not to be a failure. */
    void withdraw(VerificationFailure attempt);

    /**
     * The time of the {@code n}-th most recent failure for the ticket number strictly after
     * {@code since} (a failure exactly a window old no longer counts), if there are at least {@code n}.
     */
    Optional<Instant> nthLatestForTicket(OrgUnitId tenant, TicketNumber ticket, Instant since, int n);

    /** Like {@link #nthLatestForTicket}, for the failures of one caller, whatever the ticket. */
    Optional<Instant> nthLatestByCaller(OrgUnitId tenant, UserId caller, Instant since, int n);
}
