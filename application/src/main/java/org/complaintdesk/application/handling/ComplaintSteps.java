package org.complaintdesk.application.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.complaintdesk.application.complaint.ComplaintNotFoundException;
import org.complaintdesk.application.port.out.ComplaintRepository;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.RecordedRequest;
import org.complaintdesk.application.request.RequestIdReusedException;
import org.complaintdesk.domain.complaint.Complaint;

/**
 * How every step use case runs: replay a retried request, load the complaint, check the caller's
 * etag, let the aggregate take the step, store the result with its timeline entry and request.
 */
public final class ComplaintSteps {
    private final ComplaintRepository complaints;
    private final Clock clock;

    public ComplaintSteps(ComplaintRepository complaints, Clock clock) {
        this.complaints = Objects.requireNonNull(complaints, "complaints");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public StepResult take(StepRequest request, BiFunction<Complaint, Instant, Complaint> step) {
        // A retry must be recognised before the etag check: the first attempt already moved the
        // version on, so the retry's etag is stale by design.
        Optional<StepResult> replayed = replay(request);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        Complaint current = complaints.findById(request.complaintId())
                .orElseThrow(() -> new ComplaintNotFoundException(request.complaintId().toString()));
        if (current.version() != request.etag()) {
            throw new StaleEtagException(current.id(), request.etag(), Optional.of(current.version()));
        }
        Complaint changed = step.apply(current, clock.instant());
        try {
            complaints.update(changed, request.request());
            return new StepResult(changed, false);
        } catch (DuplicateRequestException concurrentRetry) {
            return replay(request).orElseThrow(() -> concurrentRetry);
        }
    }

    private Optional<StepResult> replay(StepRequest request) {
        return complaints.findRequest(request.request().requestId()).map(recorded -> {
            if (!recorded.sameAs(request.request()) || !recorded.complaintId().equals(request.complaintId())) {
                throw new RequestIdReusedException(request.request().requestId());
            }
            return new StepResult(current(recorded), true);
        });
    }

    private Complaint current(RecordedRequest recorded) {
        return complaints.findById(recorded.complaintId()).orElseThrow(() -> new IllegalStateException(
                "request " + recorded.requestId() + " points at a complaint that does not exist"));
    }
}
