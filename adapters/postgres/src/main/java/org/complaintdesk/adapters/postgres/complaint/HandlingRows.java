package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.complaint.ComplaintRows.storable;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintRecord;
import org.complaintdesk.domain.complaint.Ending;
import org.complaintdesk.domain.complaint.Handling;
import org.complaintdesk.domain.complaint.Investigation;
import org.complaintdesk.domain.complaint.Outcome;
import org.complaintdesk.domain.complaint.Oversight;
import org.complaintdesk.domain.handling.Acceptance;
import org.complaintdesk.domain.handling.ApprovalStatus;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.Callback;
import org.complaintdesk.domain.handling.CallbackMethod;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ComplainantWait;
import org.complaintdesk.domain.handling.Contact;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.Decline;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.Dispatch;
import org.complaintdesk.domain.handling.ExtensionRequest;
import org.complaintdesk.domain.handling.Finding;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.RemedyKind;
import org.complaintdesk.domain.handling.Reply;
import org.complaintdesk.domain.handling.Resolution;
import org.complaintdesk.domain.handling.Responsibility;
import org.complaintdesk.domain.handling.Review;
import org.complaintdesk.domain.handling.ReviewOutcome;
import org.complaintdesk.domain.handling.Satisfaction;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.handling.Supervision;
import org.complaintdesk.domain.handling.SupervisionCause;
import org.complaintdesk.domain.handling.Urge;
import org.complaintdesk.domain.handling.Withdrawal;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/**
 * Maps a complaint's {@link Handling} to its columns of the {@code complaint} row and back (see
 * V2__lifecycle.sql, V4__waiting_and_urging.sql and V5__oversight_and_monitor.sql). Each step owns a group of columns; an absent
 * step is a group of NULLs, and every column is set, NULL included, so that an update also clears
 * what a step took away (a returned dispatch, a callback on an earlier reply, an ended wait).
 */
final class HandlingRows {

    private HandlingRows() {
    }

    static void write(Handling h, ComplaintRecord r) {
        Optional<Acceptance> acceptance = h.acceptance();
        r.setAcceptanceNextSteps(column(acceptance, a -> text(a.nextSteps())));
        r.setAcceptedBy(column(acceptance, a -> a.acceptedBy().value()));
        r.setAcceptedAt(column(acceptance, a -> storable(a.acceptedAt())));

        Optional<Decline> decline = h.decline();
        r.setDeclineReason(column(decline, d -> d.reason().name()));
        r.setDeclineGuidance(column(decline, d -> text(d.guidance())));
        r.setDeclinedBy(column(decline, d -> d.declinedBy().value()));
        r.setDeclinedAt(column(decline, d -> storable(d.declinedAt())));

        Optional<Dispatch> dispatch = h.investigation().dispatch();
        r.setLeadDepartment(column(dispatch, d -> d.assignment().leadDepartment().value()));
        r.setCoHandlingDepartments(column(dispatch, d -> d.assignment().coHandlingDepartments().stream()
                .map(OrgUnitId::value).toArray(String[]::new)));
        r.setDispatchHandler(column(dispatch, d -> d.assignment().handler().value()));
        r.setDispatchedBy(column(dispatch, d -> d.dispatchedBy().value()));
        r.setDispatchedAt(column(dispatch, d -> storable(d.dispatchedAt())));

        Optional<Contact> contact = h.investigation().latestContact();
        r.setContactedAt(column(contact, c -> storable(c.contactedAt())));
        r.setContactMethod(column(contact, c -> c.method().name()));
        r.setContactSummary(column(contact, c -> text(c.summary())));
        r.setContactPromise(column(contact.flatMap(Contact::promise), HandlingRows::text));
        r.setContactRecordedBy(column(contact, c -> c.recordedBy().value()));

        r.setInvestigationRecords(h.investigation().records());

        Optional<Finding> finding = h.investigation().finding();
        r.setResponsibility(column(finding, f -> f.responsibility().name()));
        r.setFindingGrounds(column(finding, f -> text(f.grounds())));
        r.setFoundBy(column(finding, f -> f.foundBy().value()));
        r.setFoundAt(column(finding, f -> storable(f.foundAt())));

        writeResolution(h.outcome().resolution(), r);

        Optional<Reply> reply = h.outcome().reply();
        r.setReplyChannel(column(reply, p -> p.channel().name()));
        r.setReplyContent(column(reply, p -> text(p.content())));
        r.setRepliedBy(column(reply, p -> p.repliedBy().value()));
        r.setRepliedAt(column(reply, p -> storable(p.repliedAt())));

        Optional<Callback> callback = h.outcome().latestCallback();
        r.setCallbackMethod(column(callback, c -> c.method().name()));
        r.setCallbackSatisfaction(column(callback.flatMap(Callback::satisfaction), Satisfaction::name));
        r.setCallbackAttempts(column(callback, Callback::attempts));
        r.setCallbackComment(column(callback.flatMap(Callback::comment), HandlingRows::text));
        r.setCallbackRecordedBy(column(callback, c -> c.recordedBy().value()));
        r.setCallbackRecordedAt(column(callback, c -> storable(c.recordedAt())));

        Optional<Review> review = h.outcome().review();
        r.setReviewGrounds(column(review, v -> text(v.grounds())));
        r.setReviewRequestedBy(column(review, v -> v.requestedBy().value()));
        r.setReviewRequestedAt(column(review, v -> storable(v.requestedAt())));
        r.setReviewOutcome(column(review.flatMap(Review::outcome), ReviewOutcome::name));
        r.setReviewConclusion(column(review.flatMap(Review::conclusion), HandlingRows::text));
        r.setReviewConcludedBy(column(review.flatMap(Review::concludedBy), UserId::value));
        r.setReviewConcludedAt(column(review.flatMap(Review::concludedAt), ComplaintRows::storable));

        Optional<Withdrawal> withdrawal = h.ending().withdrawal();
        r.setWithdrawalReason(column(withdrawal, w -> w.reason().value()));
        r.setWithdrawalRecordedBy(column(withdrawal, w -> w.recordedBy().value()));
        r.setWithdrawnAt(column(withdrawal, w -> storable(w.withdrawnAt())));

        r.setReopenings(h.outcome().reopenings());
        r.setClosedAt(column(h.ending().closedAt(), ComplaintRows::storable));
        r.setArchivedAt(column(h.ending().archivedAt(), ComplaintRows::storable));

        Optional<ComplainantWait> wait = h.oversight().complainantWait();
        r.setWaitingReason(column(wait, w -> w.reason().name()));
        r.setWaitingNote(column(wait, w -> text(w.note())));
        r.setWaitingRecordedBy(column(wait, w -> w.recordedBy().value()));
        r.setWaitingSince(column(wait, w -> storable(w.since())));

        r.setUrgeCount(h.oversight().urges());
        Optional<Urge> urge = h.oversight().latestUrge();
        r.setLatestUrgeNote(column(urge, u -> text(u.note())));
        r.setLatestUrgedBy(column(urge, u -> u.urgedBy().value()));
        r.setLatestUrgedAt(column(urge, u -> storable(u.urgedAt())));

        Optional<ExtensionRequest> extension = h.oversight().pendingExtension();
        r.setExtensionClock(column(extension, e -> e.clock().name()));
        r.setExtensionNewDue(column(extension, e -> storable(e.newDue())));
        r.setExtensionReason(column(extension, e -> e.reason().value()));
        r.setExtensionOpinion(column(extension, e -> text(e.preliminaryOpinion())));
        r.setExtensionToldAt(column(extension, e -> storable(e.complainantToldAt())));
        r.setExtensionRequestedBy(column(extension, e -> e.requestedBy().value()));
        r.setExtensionRequestedAt(column(extension, e -> storable(e.requestedAt())));

        Optional<Supervision> supervision = h.oversight().supervision();
        r.setSupervisionLevel(column(supervision, s -> s.level().name()));
        r.setSupervisionCause(column(supervision, s -> s.cause().name()));
        r.setSupervisionClock(column(supervision.flatMap(Supervision::clock), ClockKind::name));
        r.setSupervisedAt(column(supervision, s -> storable(s.since())));
    }

    private static void writeResolution(Optional<Resolution> resolution, ComplaintRecord r) {
        r.setResolutionMeasures(column(resolution, s -> text(s.measures())));
        Optional<Remedy> remedy = resolution.flatMap(Resolution::remedy);
        r.setRemedyKind(column(remedy, m -> m.kind().name()));
        r.setRemedyAmountFen(column(remedy, Remedy::amountFen));
        r.setResolutionProposedBy(column(resolution, s -> s.proposedBy().value()));
        r.setResolutionProposedAt(column(resolution, s -> storable(s.proposedAt())));
        r.setResolutionApproval(column(resolution, s -> s.approval().name()));
        r.setResolutionDecidedBy(column(resolution.flatMap(Resolution::decidedBy), UserId::value));
        r.setResolutionDecidedAt(column(resolution.flatMap(Resolution::decidedAt), ComplaintRows::storable));
        r.setResolutionDecisionNote(column(resolution.flatMap(Resolution::decisionNote), HandlingRows::text));
    }

    static Handling read(ComplaintRecord r) {
        return new Handling(
                present(r.getAcceptedAt(), () -> new Acceptance(
                        new Statement(r.getAcceptanceNextSteps()), new UserId(r.getAcceptedBy()), r.getAcceptedAt())),
                present(r.getDeclinedAt(), () -> new Decline(
                        DeclineReason.valueOf(r.getDeclineReason()), new Statement(r.getDeclineGuidance()),
                        new UserId(r.getDeclinedBy()), r.getDeclinedAt())),
                new Investigation(present(r.getDispatchedAt(), () -> new Dispatch(
                        new Assignment(new OrgUnitId(r.getLeadDepartment()), orgUnits(r.getCoHandlingDepartments()),
                                new UserId(r.getDispatchHandler())),
                        new UserId(r.getDispatchedBy()), r.getDispatchedAt())),
                present(r.getContactedAt(), () -> new Contact(
                        r.getContactedAt(), ContactMethod.valueOf(r.getContactMethod()),
                        new Statement(r.getContactSummary()), statement(r.getContactPromise()),
                        new UserId(r.getContactRecordedBy()))),
                r.getInvestigationRecords(),
                present(r.getFoundAt(), () -> new Finding(
                        Responsibility.valueOf(r.getResponsibility()), new Statement(r.getFindingGrounds()),
                        new UserId(r.getFoundBy()), r.getFoundAt()))),
                new Outcome(present(r.getResolutionProposedAt(), () -> readResolution(r)),
                present(r.getRepliedAt(), () -> new Reply(
                        ContactMethod.valueOf(r.getReplyChannel()), new Statement(r.getReplyContent()),
                        new UserId(r.getRepliedBy()), r.getRepliedAt())),
                present(r.getCallbackRecordedAt(), () -> new Callback(
                        CallbackMethod.valueOf(r.getCallbackMethod()),
                        Optional.ofNullable(r.getCallbackSatisfaction()).map(Satisfaction::valueOf),
                        r.getCallbackAttempts(), statement(r.getCallbackComment()),
                        new UserId(r.getCallbackRecordedBy()), r.getCallbackRecordedAt())),
                present(r.getReviewRequestedAt(), () -> new Review(
                        new Statement(r.getReviewGrounds()), new UserId(r.getReviewRequestedBy()),
                        r.getReviewRequestedAt(), Optional.ofNullable(r.getReviewOutcome()).map(ReviewOutcome::valueOf),
                        statement(r.getReviewConclusion()), userId(r.getReviewConcludedBy()),
                        Optional.ofNullable(r.getReviewConcludedAt()))),
                        r.getReopenings()),
                new Oversight(present(r.getWaitingSince(), () -> new ComplainantWait(
                        PauseReason.valueOf(r.getWaitingReason()), new Statement(r.getWaitingNote()),
                        new UserId(r.getWaitingRecordedBy()), r.getWaitingSince())),
                r.getUrgeCount(),
                present(r.getLatestUrgedAt(), () -> new Urge(
                        new Statement(r.getLatestUrgeNote()), new UserId(r.getLatestUrgedBy()), r.getLatestUrgedAt())),
                present(r.getExtensionRequestedAt(), () -> new ExtensionRequest(ClockKind.valueOf(r.getExtensionClock()),
                        r.getExtensionNewDue(), new Reason(r.getExtensionReason()),
                        new Statement(r.getExtensionOpinion()), r.getExtensionToldAt(),
                        new UserId(r.getExtensionRequestedBy()), r.getExtensionRequestedAt())),
                present(r.getSupervisedAt(), () -> new Supervision(Role.valueOf(r.getSupervisionLevel()),
                        SupervisionCause.valueOf(r.getSupervisionCause()),
                        Optional.ofNullable(r.getSupervisionClock()).map(ClockKind::valueOf), r.getSupervisedAt()))),
                new Ending(present(r.getWithdrawnAt(), () -> new Withdrawal(
                        new Reason(r.getWithdrawalReason()), new UserId(r.getWithdrawalRecordedBy()),
                        r.getWithdrawnAt())),
                        Optional.ofNullable(r.getClosedAt()),
                        Optional.ofNullable(r.getArchivedAt())));
    }

    private static Resolution readResolution(ComplaintRecord r) {
        Optional<Remedy> remedy = present(r.getRemedyKind(), () -> new Remedy(
                RemedyKind.valueOf(r.getRemedyKind()), r.getRemedyAmountFen()));
        return new Resolution(new Statement(r.getResolutionMeasures()), remedy,
                new UserId(r.getResolutionProposedBy()), r.getResolutionProposedAt(),
                ApprovalStatus.valueOf(r.getResolutionApproval()), userId(r.getResolutionDecidedBy()),
                Optional.ofNullable(r.getResolutionDecidedAt()), statement(r.getResolutionDecisionNote()));
    }

    /** The column's value for a step that may not have been taken: NULL if it was not. */
    private static <T, V> V column(Optional<T> step, Function<T, V> value) {
        return step.map(value).orElse(null);
    }

    /** The step read back if its group is set; {@code marker} is a column the group always sets. */
    private static <T> Optional<T> present(Object marker, Supplier<T> step) {
        return marker == null ? Optional.empty() : Optional.of(step.get());
    }

    private static String text(Statement statement) {
        return statement.value();
    }

    private static Optional<Statement> statement(String column) {
        return Optional.ofNullable(column).map(Statement::new);
    }

    private static Optional<UserId> userId(String column) {
        return Optional.ofNullable(column).map(UserId::new);
    }

    private static List<OrgUnitId> orgUnits(String[] column) {
        return Arrays.stream(column).map(OrgUnitId::new).toList();
    }
}
