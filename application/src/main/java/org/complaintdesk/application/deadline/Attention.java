package org.complaintdesk.application.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.deadline.ClockStatus;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.handling.ClockKind;

/**
 * A complaint the monitor looks at, locked for it: the complaint, its whole timeline, and what the
 * monitor recorded of its clocks the last time.
 */
public record Attention(Complaint complaint, List<ComplaintEvent> timeline, Optional<Recorded> recorded) {
    public Attention {
        Objects.requireNonNull(complaint, "complaint");
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(recorded, "recorded");
    }

    /** The dues of the running clocks at the complaint's version, as the monitor last saw them. */
    public record Recorded(long version, Map<ClockKind, Instant> dues) {
        public Recorded {
            dues = Map.copyOf(dues);
        }
    }

    /**
     * What the monitor decided: the complaint with the steps it took (none, a supervision, a
     * re-timing note), the alerts to record (each once: one already recorded is left as it is),
     * and what to record of its clocks now.
     *
     * @param nextAttention when to look at the complaint again; empty: not until a step changes it
     * @param earliestDue   the earliest due of a clock waiting for its step, for "due before" lists
     * @param status        how it stands, for "warning" and "breached" lists; empty: no clock runs
     * @param dues          the running clocks' dues, to tell a later re-timing
     * @param rounds        every round of every clock as timed now, for the statistics of time limits
     *                      kept; empty when the monitor could not time the complaint (kept as recorded)
     */
    public record Outcome(Complaint complaint, List<ClockAlert> alerts, Optional<Instant> nextAttention,
                          Optional<Instant> earliestDue, Optional<ClockStatus> status, Map<ClockKind, Instant> dues,
                          List<ComplaintClock> rounds) {
        /** An outcome that leaves the recorded rounds as they are. */
        public Outcome(Complaint complaint, List<ClockAlert> alerts, Optional<Instant> nextAttention,
                       Optional<Instant> earliestDue, Optional<ClockStatus> status, Map<ClockKind, Instant> dues) {
            this(complaint, alerts, nextAttention, earliestDue, status, dues, List.of());
        }

        public Outcome {
            rounds = List.copyOf(rounds);
            Objects.requireNonNull(complaint, "complaint");
            alerts = List.copyOf(alerts);
            Objects.requireNonNull(nextAttention, "nextAttention");
            Objects.requireNonNull(earliestDue, "earliestDue");
            Objects.requireNonNull(status, "status");
            dues = Map.copyOf(dues);
        }

        /** Whether the monitor took a step on the complaint that must be stored with it. */
        public boolean changedComplaint() {
            return !complaint.newEvents().isEmpty();
        }
    }
}
