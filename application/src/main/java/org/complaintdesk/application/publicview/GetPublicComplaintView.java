package org.complaintdesk.application.publicview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.complaintdesk.application.deadline.ComplaintClocks;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.port.out.VerificationCodes;
import org.complaintdesk.application.port.out.VerificationFailures;
import org.complaintdesk.application.request.RoleNotPermittedException;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.complaint.UnitScope;
import org.complaintdesk.domain.notice.VerificationCode;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;

/**
 * The complainant's own view of their complaint, asked for by a portal with the ticket number and
 * the verification code of the acceptance notice (ISO 10002: the status on request).
 *
 * <p>Guessing is slowed down: every attempt is recorded as a failure before its code is checked
 * (the ticket number, never the code; the adapter that serves the call logs failures), and
 * withdrawn when it succeeds. Once a ticket number or a portal has too many failures within the
 * window, no code is checked until the window has passed. A wrong code, an unknown ticket number
 * and a complaint beyond the portal's unit are one refusal, and take the same work: a code is
 * checked in each case.
 */
public final class GetPublicComplaintView {
    public static final Set<Role> PERMITTED_ROLES = EnumSet.of(Role.PORTAL);

    /** Stands in for the complaint when there is none to check the code against. */
    private static final ComplaintId DECOY = new ComplaintId(new UUID(0, 0));

    private final ComplaintStore complaints;
    private final ComplaintClocks clocks;
    private final VerificationCodes codes;
    private final VerificationFailures failures;
    private final PublicViewLimits limits;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public GetPublicComplaintView(ComplaintStore complaints, ComplaintClocks clocks, VerificationCodes codes,
                                  VerificationFailures failures, PublicViewLimits limits, Clock clock,
                                  Supplier<UUID> ids) {
        this.complaints = Objects.requireNonNull(complaints, "complaints");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * @throws RoleNotPermittedException          unless the portal acts as {@link Role#PORTAL}
     * @throws VerificationLockedException        after too many failures within the window
     * @throws PublicComplaintNotFoundException   for a wrong code, or no complaint the portal may show
     */
    public PublicComplaintView execute(Actor portal, TicketNumber ticket, VerificationCode code) {
        if (!PERMITTED_ROLES.contains(portal.role())) {
            throw new RoleNotPermittedException("ask for the public view of a complaint", portal.role(), PERMITTED_ROLES);
        }
        OrgUnitId tenant = portal.orgUnit().top();
        Instant now = clock.instant();
        Instant windowStart = now.minus(limits.window());
        // Counted before it is checked: of attempts racing on other threads or instances, each sees
        // the others recorded, so no more than the limit get their code checked.
        var attempt = new VerificationFailure(tenant, now, ids.get(), ticket, portal.userId());
        failures.record(attempt, windowStart);
        Optional<Instant> lockedUntil = lockedUntil(tenant, portal, ticket, windowStart);
        if (lockedUntil.isPresent()) {
            // Refused unchecked: it does not count, or guessing on would keep the lock for ever.
            failures.withdraw(attempt);
            throw new VerificationLockedException(Duration.between(now, lockedUntil.get()));
        }
        Optional<Complaint> found = complaints.findByTicketNumber(ticket)
                .filter(complaint -> UnitScope.reaches(portal.orgUnit(), complaint));
        boolean codeMatches = codes.matches(found.map(Complaint::id).orElse(DECOY), code);
        if (found.isEmpty() || !codeMatches) {
            throw new PublicComplaintNotFoundException();
        }
        failures.withdraw(attempt);
        Complaint complaint = found.get();
        return PublicWording.viewOf(complaint, clocks.current(complaint, now));
    }

    /**
     * Locked while the ticket number (or the portal) has its limit of failures within the window
     * besides this attempt: until the last failure that makes up the limit is a window old.
     */
    private Optional<Instant> lockedUntil(OrgUnitId tenant, Actor portal, TicketNumber ticket, Instant windowStart) {
        Optional<Instant> byTicket = failures.nthLatestForTicket(tenant, ticket, windowStart,
                limits.maxFailuresPerTicket() + 1);
        Optional<Instant> byCaller = failures.nthLatestByCaller(tenant, portal.userId(), windowStart,
                limits.maxFailuresPerCaller() + 1);
        return later(byTicket, byCaller).map(failure -> failure.plus(limits.window()));
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }
}
