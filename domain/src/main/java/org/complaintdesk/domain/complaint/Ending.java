package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.handling.Withdrawal;

/** How the complaint's life ended: withdrawn by the complainant, closed, archived (000 二(五)1). */
public record Ending(Optional<Withdrawal> withdrawal, Optional<Instant> closedAt, Optional<Instant> archivedAt) {
    public static final Ending NONE = new Ending(Optional.empty(), Optional.empty(), Optional.empty());

    public Ending {
        Objects.requireNonNull(withdrawal, "withdrawal");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(archivedAt, "archivedAt");
    }

    Ending withWithdrawal(Withdrawal value) {
        return new Ending(Optional.of(value), closedAt, archivedAt);
    }

    Ending closed(Instant at) {
        return new Ending(withdrawal, Optional.of(at), archivedAt);
    }

    Ending archived(Instant at) {
        return new Ending(withdrawal, closedAt, Optional.of(at));
    }
}
