package org.complaintdesk.application.event;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.warning.EarlyWarning;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.notice.IssuedNotice;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * A committed change as it leaves the service: a timeline entry, a clock alert or a notice, with the
 * position the outbox gave it. Positions grow in the order the events became visible, so a
 * reader that resumes after the last position it handled misses nothing and repeats nothing.
 *
 * @param sequence   the complaint's timeline sequence: the entry's own, or for an alert the
 *                   version of the complaint when it was raised
 * @param orgUnit    the unit owning the complaint when the event was recorded
 * @param recordedAt when the change that wrote the event began its transaction
 */
public record PublishedEvent(EventId id, long position, ComplaintId complaintId, long sequence, OrgUnitId orgUnit,
                             Instant recordedAt, Body body) {

    /** What happened. */
    public sealed interface Body permits TimelineEntry, AlertRaised, NoticeIssued, WarningRaised {
    }

    /** A step, monitor action or notice written to the complaint's timeline. */
    public record TimelineEntry(ComplaintEvent event) implements Body {
        public TimelineEntry {
            Objects.requireNonNull(event, "event");
        }
    }

    /** A warning or breach the monitor recorded. */
    public record AlertRaised(ClockAlert alert) implements Body {
        public AlertRaised {
            Objects.requireNonNull(alert, "alert");
        }
    }

    /** A notice issued to the complainant, for the gateway of its channel to send. */
    public record NoticeIssued(IssuedNotice notice) implements Body {
        public NoticeIssued {
            Objects.requireNonNull(notice, "notice");
        }
    }

    /**
     * An early warning raised by a rule; the event's complaint is the first that caused it, its
     * sequence that complaint's version then.
     */
    public record WarningRaised(EarlyWarning warning) implements Body {
        public WarningRaised {
            Objects.requireNonNull(warning, "warning");
        }
    }

    public PublishedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(body, "body");
        if (position < 1) {
            throw new IllegalArgumentException("positions count from 1, was " + position);
        }
    }
}
