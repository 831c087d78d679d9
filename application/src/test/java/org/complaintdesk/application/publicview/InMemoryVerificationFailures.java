package org.complaintdesk.application.publicview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.complaintdesk.application.port.out.VerificationFailures;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;

/** The failures in a list, as the PostgreSQL adapter keeps them in a table. */
final class InMemoryVerificationFailures implements VerificationFailures {
    final List<VerificationFailure> recorded = new ArrayList<>();

    @Override
    public synchronized void record(VerificationFailure failure, Instant forgetBefore) {
        recorded.add(failure);
        recorded.removeIf(f -> f.tenant().equals(failure.tenant()) && f.failedAt().isBefore(forgetBefore));
    }

    @Override
    public synchronized void withdraw(VerificationFailure attempt) {
        recorded.remove(attempt);
    }

    @Override
    public synchronized Optional<Instant> nthLatestForTicket(OrgUnitId tenant, TicketNumber ticket, Instant since, int n) {
        return nthLatest(f -> f.tenant().equals(tenant) && f.ticket().equals(ticket), since, n);
    }

    @Override
    public synchronized Optional<Instant> nthLatestByCaller(OrgUnitId tenant, UserId caller, Instant since, int n) {
        return nthLatest(f -> f.tenant().equals(tenant) && f.caller().equals(caller), since, n);
    }

    private Optional<Instant> nthLatest(Predicate<VerificationFailure> which, Instant since, int n) {
        return recorded.stream().filter(which).map(VerificationFailure::failedAt).filter(t -> t.isAfter(since))
                .sorted(Comparator.reverseOrder()).skip(n - 1L).findFirst();
    }
}
