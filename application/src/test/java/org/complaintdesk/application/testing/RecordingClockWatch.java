package org.complaintdesk.application.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.port.out.ClockWatch;

/**
 * Records the requests for attention a use case makes of the monitor's store. The monitor's own
 * work runs against PostgreSQL (PostgresClockWatchTest); this double only answers who asked for what.
 */
public final class RecordingClockWatch implements ClockWatch {
    private final List<Instant> attendAllRunning = new CopyOnWriteArrayList<>();

    @Override
    public Tally attend(Instant now, int limit, Function<Attention, Attention.Outcome> work) {
        throw new UnsupportedOperationException("the monitor's store is tested on PostgreSQL");
    }

    @Override
    public int release(Instant now, int limit, Consumer<List<ClockAlert>> deliver) {
        throw new UnsupportedOperationException("the monitor's store is tested on PostgreSQL");
    }

    @Override
    public List<org.complaintdesk.application.notice.UnconfirmedNotice> noteUnconfirmed(Instant now, int limit,
            Function<org.complaintdesk.application.notice.UnconfirmedNotice, org.complaintdesk.domain.complaint.Complaint> note) {
        throw new UnsupportedOperationException("the monitor's store is tested on PostgreSQL");
    }

    @Override
    public int issueProgress(Instant now, java.time.Duration every, int limit,
            Function<org.complaintdesk.domain.complaint.Complaint,
                    java.util.Optional<org.complaintdesk.domain.notice.IssuedNotice>> issue) {
        throw new UnsupportedOperationException("the monitor's store is tested on PostgreSQL");
    }

    @Override
    public int attendAllRunning(Instant at) {
        attendAllRunning.add(at);
        return 0;
    }

    /** The instants from which attention to every running complaint was asked for, in order. */
    public List<Instant> attendAllRunningRequests() {
        return List.copyOf(attendAllRunning);
    }
}
