package org.complaintdesk.application.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.complaintdesk.application.complaint.ComplaintNotFoundException;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.Replays;
import org.complaintdesk.domain.complaint.Complaint;

/**
 * How every step use case runs: load the complaint, check the caller's etag (a mismatch may be a
 * retry, which is replayed), let the aggregate take the step, store the result with its timeline
 * entry and request. The store refuses a request id that was used before, and a version that
 * moved on meanwhile, so nothing is done twice or over a newer change.
 */
public final class ComplaintSteps {
    private final ComplaintStore complaints;
    private final Clock clock;

    public ComplaintSteps(ComplaintStore complaints, Clock clock) {
        this.complaints = Objects.requireNonNull(complaints, "complaints");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ComplaintResult take(StepRequest request, BiFunction<Complaint, Instant, Complaint> step) {
        Complaint current = complaints.findById(request.complaintId()).orElse(null);
        if (current == null || current.version() != request.etag()) {
            // A retry of a step that was taken carries the etag from before it, so it looks stale:
            // the request log tells a retry from a stale change. Only this path pays the look-up.
            Optional<ComplaintResult> replayed = replay(request);
            if (replayed.isPresent()) {
                return replayed.get();
            }
            if (current == null) {
                throw new ComplaintNotFoundException(request.complaintId().toString());
            }
            throw new StaleEtagException(current.id(), request.etag(), Optional.of(current.version()));
        }
        Complaint changed = step.apply(current, clock.instant());
        try {
            complaints.update(changed, request.request());
            return new ComplaintResult(changed, false);
        } catch (DuplicateRequestException recorded) {
            // The request id is taken, by a concurrent retry or by an earlier, different request.
            return replay(request).orElseThrow(() -> recorded);
        }
    }

    private Optional<ComplaintResult> replay(StepRequest request) {
        return Replays.ofStep(complaints, request.request(), request.complaintId());
    }
}
