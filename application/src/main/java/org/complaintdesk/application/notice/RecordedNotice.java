package org.complaintdesk.application.notice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.notice.DeliveryOutcome;
import org.complaintdesk.domain.notice.IssuedNotice;

/** A notice as stored: as issued, with what became of it so far. */
public record RecordedNotice(IssuedNotice issued, Optional<DeliveryOutcome> outcome, Optional<Instant> outcomeAt) {
    public RecordedNotice {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(outcomeAt, "outcomeAt");
        if (outcome.isPresent() != outcomeAt.isPresent()) {
            throw new IllegalArgumentException("an outcome has its time, and only an outcome has one");
        }
    }

    /** Whether a gateway has reported on it: its outcome is final. */
    public boolean reported() {
        return outcome.filter(DeliveryOutcome::reported).isPresent();
    }

    /** The same notice with {@code outcome} as of {@code at}. */
    public RecordedNotice with(DeliveryOutcome outcome, Instant at) {
        return new RecordedNotice(issued, Optional.of(outcome), Optional.of(at));
    }
}
