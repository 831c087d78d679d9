package org.complaintdesk.application.notice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.domain.notice.DeliveryOutcome;
import org.complaintdesk.domain.notice.IssuedNotice;

/**
 * What a write changes of the complaint's notices, in the same transaction as its steps: the
 * notices the steps issued, and the outcomes they recorded of earlier ones.
 */
public record NoticeWrites(List<IssuedNotice> issued, List<Outcome> outcomes) {
    public static final NoticeWrites NONE = new NoticeWrites(List.of(), List.of());

    /** The outcome of the complaint's notice {@code notice}, as of {@code at}. */
    public record Outcome(UUID notice, DeliveryOutcome outcome, Instant at) {
        public Outcome {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(at, "at");
        }
    }

    public NoticeWrites {
        issued = List.copyOf(Objects.requireNonNull(issued, "issued"));
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
    }

    public NoticeWrites(List<IssuedNotice> issued) {
        this(issued, List.of());
    }

    public static NoticeWrites outcome(UUID notice, DeliveryOutcome outcome, Instant at) {
        return new NoticeWrites(List.of(), List.of(new Outcome(notice, outcome, at)));
    }
}
