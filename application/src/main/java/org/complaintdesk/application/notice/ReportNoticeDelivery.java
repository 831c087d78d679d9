package org.complaintdesk.application.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.application.complaint.GetComplaint;
import org.complaintdesk.application.handling.StaleEtagException;
import org.complaintdesk.application.port.out.AlertNotifier;
import org.complaintdesk.application.port.out.ComplaintNotices;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.Replays;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.notice.DeliveryOutcome;
import org.complaintdesk.domain.notice.IssuedNotice;
import org.complaintdesk.domain.organisation.Actor;

/**
 * A gateway reports what became of a notice it sent: delivered, or failed and why. The report is a
 * timeline entry of the complaint and the notice's outcome, written together. A gateway knows no
 * etag: a step taken meanwhile by someone else is read again and the report retried, a few times.
 * A notice keeps its first report; one the monitor found unconfirmed still takes a late one.
 */
public final class ReportNoticeDelivery {
    public static final String OPERATION = "ReportNoticeDelivery";
    /** Reports race only with the steps on the same complaint; a few reads again settle it. */
    static final int ATTEMPTS = 5;

    /** A report: {@code failure} is empty for a delivery, the gateway's reason for a failure. */
    public record Command(ComplaintId complaint, UUID notice, Optional<Reason> failure, Actor actor,
                          IdempotencyKey request) {
        public Command {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
        }

        DeliveryOutcome outcome() {
            return failure.isPresent() ? DeliveryOutcome.FAILED : DeliveryOutcome.DELIVERED;
        }
    }

    /** The notice after the report; {@code replayed} when this answers a retry of an earlier report. */
    public record Result(RecordedNotice notice, boolean replayed) {
    }

    private final ComplaintStore complaints;
    private final ComplaintNotices notices;
    private final Clock clock;
    private final AlertNotifier notifier;

    public ReportNoticeDelivery(ComplaintStore complaints, ComplaintNotices notices, Clock clock) {
        this(complaints, notices, clock, new AlertNotifier() {
            @Override
            public void deliver(List<org.complaintdesk.application.deadline.ClockAlert> alerts) {
                throw new UnsupportedOperationException("a delivery report raises no clock alert");
            }
        });
    }

    /** @param notifier raises the alert of a failed notice, once its report is recorded */
    public ReportNoticeDelivery(ComplaintStore complaints, ComplaintNotices notices, Clock clock, AlertNotifier notifier) {
        this.complaints = Objects.requireNonNull(complaints, "complaints");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    public Result execute(Command command) {
        for (int attempt = 1; ; attempt++) {
            Complaint current = GetComplaint.reached(command.actor(), complaints.findById(command.complaint()),
                    command.complaint().toString());
            RecordedNotice notice = notices.find(current.id(), command.notice())
                    .orElseThrow(() -> new NoticeNotFoundException(current.id(), command.notice()));
            if (notice.reported()) {
                return replay(command, notice).orElseThrow(() -> new NoticeAlreadyReportedException(notice));
            }
            Instant now = clock.instant();
            Complaint changed = command.failure()
                    .map(reason -> current.recordNoticeFailed(notice.issued().id(), reason, command.actor(), now))
                    .orElseGet(() -> current.recordNoticeDelivered(notice.issued().id(), command.actor(), now));
            try {
                complaints.update(changed, command.request(), NoticeWrites.outcome(notice.issued().id(),
                        command.outcome(), now));
                if (command.outcome() == DeliveryOutcome.FAILED) {
                    alertFailed(current, notice.issued(), now);
                }
                return new Result(notice.with(command.outcome(), now), false);
            } catch (DuplicateRequestException recorded) {
                return replay(command, notice).orElseThrow(() -> recorded);
            } catch (StaleEtagException moved) {
                if (attempt == ATTEMPTS) {
                    throw moved;
                }
            }
        }
    }

    /** The complainant was not told: the people who act on it hear of it; the report stands even if they do not. */
    private void alertFailed(Complaint complaint, IssuedNotice issued, Instant now) {
        try {
            notifier.deliverFailed(List.of(new NoticeAlert(issued.complaintId(), issued.ticket(),
                    complaint.registration().orgUnit(), issued.id(), issued.notice().kind(), issued.notice().channel(),
                    issued.confirmBy(), now)));
        } catch (RuntimeException e) {
            System.getLogger(ReportNoticeDelivery.class.getName()).log(System.Logger.Level.WARNING,
                    "the alert of a failed notice of complaint " + issued.ticket().value() + " was not delivered", e);
        }
    }

    /** The answer to a retry of a report recorded before: the notice as it is now. */
    private Optional<Result> replay(Command command, RecordedNotice notice) {
        return Replays.ofStep(complaints, command.request(), command.complaint())
                .map(recorded -> new Result(notices.find(command.complaint(), notice.issued().id()).orElse(notice), true));
    }
}
