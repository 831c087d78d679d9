package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.Handling;
import org.complaintdesk.api.v1.Remedy;
import org.complaintdesk.domain.handling.Acceptance;
import org.complaintdesk.domain.handling.Callback;
import org.complaintdesk.domain.handling.ComplainantWait;
import org.complaintdesk.domain.handling.Contact;
import org.complaintdesk.domain.handling.Decline;
import org.complaintdesk.domain.handling.Dispatch;
import org.complaintdesk.domain.handling.ExtensionRequest;
import org.complaintdesk.domain.handling.Finding;
import org.complaintdesk.domain.handling.Reply;
import org.complaintdesk.domain.handling.Resolution;
import org.complaintdesk.domain.handling.Review;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.handling.Supervision;
import org.complaintdesk.domain.handling.Urge;
import org.complaintdesk.domain.handling.Withdrawal;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/**
 * The current handling of a complaint as the resource shows it. Unset parts of the domain stay
 * unset in the message; the texts are staff's records, shown as they were written.
 */
final class HandlingMapper {

    private HandlingMapper() {
    }

    static Handling toMessage(org.complaintdesk.domain.complaint.Handling handling) {
        var message = Handling.newBuilder()
                .setInvestigationRecordCount(handling.investigation().records())
                .setReopenCount(handling.outcome().reopenings())
                .setUrgeCount(handling.oversight().urges());
        handling.acceptance().map(HandlingMapper::acceptance).ifPresent(message::setAcceptance);
        handling.decline().map(HandlingMapper::decline).ifPresent(message::setDecline);
        handling.investigation().dispatch().map(HandlingMapper::dispatch).ifPresent(message::setDispatch);
        handling.investigation().latestContact().map(HandlingMapper::contact).ifPresent(message::setLatestContact);
        handling.investigation().finding().map(HandlingMapper::finding).ifPresent(message::setFinding);
        handling.outcome().resolution().map(HandlingMapper::resolution).ifPresent(message::setResolution);
        handling.outcome().reply().map(HandlingMapper::reply).ifPresent(message::setReply);
        handling.outcome().latestCallback().map(HandlingMapper::callback).ifPresent(message::setLatestCallback);
        handling.outcome().review().map(HandlingMapper::review).ifPresent(message::setReview);
        handling.ending().withdrawal().map(HandlingMapper::withdrawal).ifPresent(message::setWithdrawal);
        handling.ending().closedAt().map(ProtoTime::toTimestamp).ifPresent(message::setCloseTime);
        handling.ending().archivedAt().map(ProtoTime::toTimestamp).ifPresent(message::setArchiveTime);
        handling.oversight().complainantWait().map(HandlingMapper::complainantWait).ifPresent(message::setComplainantWait);
        handling.oversight().latestUrge().map(HandlingMapper::urge).ifPresent(message::setLatestUrge);
        handling.oversight().pendingExtension().map(HandlingMapper::pendingExtension).ifPresent(message::setPendingExtension);
        handling.oversight().supervision().map(HandlingMapper::supervision).ifPresent(message::setSupervision);
        return message.build();
    }

    /** The level of a supervision as the API spells it; a role that supervises nothing has none. */
    static Handling.Supervision.Level level(Role role) {
        return switch (role) {
            case SUPERVISOR -> Handling.Supervision.Level.LEVEL_SUPERVISOR;
            case DIRECTOR -> Handling.Supervision.Level.LEVEL_DIRECTOR;
            default -> Handling.Supervision.Level.LEVEL_UNSPECIFIED;
        };
    }

    private static Handling.Acceptance acceptance(Acceptance acceptance) {
        return Handling.Acceptance.newBuilder()
                .setNextSteps(acceptance.nextSteps().value())
                .setAcceptedBy(acceptance.acceptedBy().value())
                .setAcceptTime(ProtoTime.toTimestamp(acceptance.acceptedAt()))
                .build();
    }

    private static Handling.Decline decline(Decline decline) {
        return Handling.Decline.newBuilder()
                .setReason(ProtoEnums.DECLINE_REASON.toProto(decline.reason()))
                .setGuidance(decline.guidance().value())
                .setDeclinedBy(decline.declinedBy().value())
                .setDeclineTime(ProtoTime.toTimestamp(decline.declinedAt()))
                .build();
    }

    private static Handling.Dispatch dispatch(Dispatch dispatch) {
        var assignment = dispatch.assignment();
        return Handling.Dispatch.newBuilder()
                .setLeadDepartment(assignment.leadDepartment().value())
                .addAllCoHandlingDepartments(assignment.coHandlingDepartments().stream().map(OrgUnitId::value).toList())
                .setHandler(assignment.handler().value())
                .setDispatchedBy(dispatch.dispatchedBy().value())
                .setDispatchTime(ProtoTime.toTimestamp(dispatch.dispatchedAt()))
                .build();
    }

    private static Handling.Contact contact(Contact contact) {
        return Handling.Contact.newBuilder()
                .setContactTime(ProtoTime.toTimestamp(contact.contactedAt()))
                .setMethod(ProtoEnums.CONTACT_METHOD.toProto(contact.method()))
                .setSummary(contact.summary().value())
                .setPromise(contact.promise().map(Statement::value).orElse(""))
                .setRecordedBy(contact.recordedBy().value())
                .build();
    }

    private static Handling.Finding finding(Finding finding) {
        return Handling.Finding.newBuilder()
                .setResponsibility(ProtoEnums.RESPONSIBILITY.toProto(finding.responsibility()))
                .setGrounds(finding.grounds().value())
                .setFoundBy(finding.foundBy().value())
                .setFindTime(ProtoTime.toTimestamp(finding.foundAt()))
                .build();
    }

    private static Handling.Resolution resolution(Resolution resolution) {
        var message = Handling.Resolution.newBuilder()
                .setMeasures(resolution.measures().value())
                .setProposedBy(resolution.proposedBy().value())
                .setProposeTime(ProtoTime.toTimestamp(resolution.proposedAt()))
                .setApprovalStatus(ProtoEnums.APPROVAL_STATUS.toProto(resolution.approval()))
                .setDecidedBy(resolution.decidedBy().map(UserId::value).orElse(""))
                .setDecisionNote(resolution.decisionNote().map(Statement::value).orElse(""));
        resolution.remedy().ifPresent(remedy -> message.setRemedy(Remedy.newBuilder()
                .setKind(ProtoEnums.REMEDY_KIND.toProto(remedy.kind()))
                .setAmount(ResolutionMapper.money(remedy.amountFen()))));
        resolution.decidedAt().map(ProtoTime::toTimestamp).ifPresent(message::setDecideTime);
        return message.build();
    }

    private static Handling.Reply reply(Reply reply) {
        return Handling.Reply.newBuilder()
                .setChannel(ProtoEnums.CONTACT_METHOD.toProto(reply.channel()))
                .setContent(reply.content().value())
                .setRepliedBy(reply.repliedBy().value())
                .setReplyTime(ProtoTime.toTimestamp(reply.repliedAt()))
                .build();
    }

    private static Handling.Callback callback(Callback callback) {
        var message = Handling.Callback.newBuilder()
                .setMethod(ProtoEnums.CALLBACK_METHOD.toProto(callback.method()))
                .setUnreachable(!callback.reached())
                .setAttempts(callback.attempts())
                .setComment(callback.comment().map(Statement::value).orElse(""))
                .setRecordedBy(callback.recordedBy().value())
                .setRecordTime(ProtoTime.toTimestamp(callback.recordedAt()));
        callback.satisfaction().map(ProtoEnums.SATISFACTION::toProto).ifPresent(message::setSatisfaction);
        return message.build();
    }

    private static Handling.Review review(Review review) {
        var message = Handling.Review.newBuilder()
                .setGrounds(review.grounds().value())
                .setRequestedBy(review.requestedBy().value())
                .setRequestTime(ProtoTime.toTimestamp(review.requestedAt()))
                .setConclusion(review.conclusion().map(Statement::value).orElse(""))
                .setConcludedBy(review.concludedBy().map(UserId::value).orElse(""));
        review.outcome().map(ProtoEnums.REVIEW_OUTCOME::toProto).ifPresent(message::setOutcome);
        review.concludedAt().map(ProtoTime::toTimestamp).ifPresent(message::setConcludeTime);
        return message.build();
    }

    private static Handling.ComplainantWait complainantWait(ComplainantWait wait) {
        return Handling.ComplainantWait.newBuilder()
                .setReason(ProtoEnums.PAUSE_REASON.toProto(wait.reason()))
                .setNote(wait.note().value())
                .setRecordedBy(wait.recordedBy().value())
                .setStartTime(ProtoTime.toTimestamp(wait.since()))
                .build();
    }

    private static Handling.Urge urge(Urge urge) {
        return Handling.Urge.newBuilder()
                .setNote(urge.note().value())
                .setUrgedBy(urge.urgedBy().value())
                .setUrgeTime(ProtoTime.toTimestamp(urge.urgedAt()))
                .build();
    }

    private static Handling.PendingExtension pendingExtension(ExtensionRequest request) {
        return Handling.PendingExtension.newBuilder()
                .setClock(ProtoEnums.CLOCK_KIND.toProto(request.clock()))
                .setNewDueTime(ProtoTime.toTimestamp(request.newDue()))
                .setReason(request.reason().value())
                .setPreliminaryOpinion(request.preliminaryOpinion().value())
                .setComplainantToldTime(ProtoTime.toTimestamp(request.complainantToldAt()))
                .setRequestedBy(request.requestedBy().value())
                .setRequestTime(ProtoTime.toTimestamp(request.requestedAt()))
                .build();
    }

    private static Handling.Supervision supervision(Supervision supervision) {
        return Handling.Supervision.newBuilder()
                .setLevel(level(supervision.level()))
                .setCause(ProtoEnums.SUPERVISION_CAUSE.toProto(supervision.cause()))
                .setClock(supervision.clock().map(ProtoEnums.CLOCK_KIND::toProto).orElse(Clock.Kind.KIND_UNSPECIFIED))
                .setStartTime(ProtoTime.toTimestamp(supervision.since()))
                .build();
    }

    private static Handling.Withdrawal withdrawal(Withdrawal withdrawal) {
        return Handling.Withdrawal.newBuilder()
                .setReason(withdrawal.reason().value())
                .setRecordedBy(withdrawal.recordedBy().value())
                .setWithdrawTime(ProtoTime.toTimestamp(withdrawal.withdrawnAt()))
                .build();
    }
}
