package org.complaintdesk.application.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.complaintdesk.application.complaint.ComplaintOutOfReachException;
import org.complaintdesk.application.notice.NoticeWrites;
import org.complaintdesk.application.notice.StepNotices;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.Replays;
import org.complaintdesk.application.request.RequestIdReusedException;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.UnitScope;

/**
 * How every step use case runs: load the complaint, check that the caller's unit reaches it, check
 * the caller's etag (a mismatch may be a retry, which is replayed), let the aggregate take the
 * step, store the result with its timeline entry, the notices to the complainant it calls for and
 * its request. The store refuses a request id that was used before, and a version that
 * moved on meanwhile, so nothing is done twice or over a newer change.
 */
public final class ComplaintSteps {
    private final ComplaintStore complaints;
    private final Clock clock;
    private final StepNotices notices;

    public ComplaintSteps(ComplaintStore complaints, Clock clock, StepNotices notices) {
        this.complaints = Objects.requireNonNull(complaints, "complaints");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    public ComplaintResult take(StepRequest request, BiFunction<Complaint, Instant, Complaint> step) {
        Complaint current = complaints.findById(request.complaintId()).orElse(null);
        boolean reached = current != null && UnitScope.reaches(request.actor().orgUnit(), current);
        if (!reached || current.version() != request.etag()) {
            // A retry of a step that was taken carries the etag from before it, so it looks stale:
            // the request log tells a retry from a stale change. Only this path pays the look-up.
            // A step may also have taken the complaint out of the caller's reach (a return, a move
            // to another department): its exact retry is still answered, and nothing else.
            Optional<ComplaintResult> replayed = current == null ? Optional.empty() : replay(request, reached);
            if (replayed.isPresent()) {
                return replayed.get();
            }
            if (!reached) {
                throw new ComplaintOutOfReachException(request.complaintId().toString(), request.actor().orgUnit());
            }
            throw new StaleEtagException(current.id(), request.etag(), Optional.of(current.version()));
        }
        Instant now = clock.instant();
        Complaint changed = step.apply(current, now);
        var issued = new NoticeWrites(notices.issuedFor(current, changed, now));
        try {
            complaints.update(changed, request.request(), issued);
            return new ComplaintResult(changed, false);
        } catch (DuplicateRequestException recorded) {
            // The request id is taken, by a concurrent retry or by an earlier, different request.
            return replay(request).orElseThrow(() -> recorded);
        }
    }

    private Optional<ComplaintResult> replay(StepRequest request) {
        return Replays.ofStep(complaints, request.request(), request.complaintId());
    }

    private Optional<ComplaintResult> replay(StepRequest request, boolean reached) {
        try {
            return replay(request);
        } catch (RequestIdReusedException reused) {
            // Out of reach, a request id taken by another request says nothing the caller may know.
            if (reached) {
                throw reused;
            }
            return Optional.empty();
        }
    }
}
