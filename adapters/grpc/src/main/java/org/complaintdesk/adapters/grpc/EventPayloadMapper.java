package org.complaintdesk.adapters.grpc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.ClockDueTimeChange;
import org.complaintdesk.api.v1.ClockExtensionRequest;
import org.complaintdesk.api.v1.ComplaintAccepted;
import org.complaintdesk.api.v1.ComplaintArchived;
import org.complaintdesk.api.v1.ComplaintCallbackRecorded;
import org.complaintdesk.api.v1.ComplaintClocksRetimed;
import org.complaintdesk.api.v1.ComplaintClosed;
import org.complaintdesk.api.v1.ComplaintContactRecorded;
import org.complaintdesk.api.v1.ComplaintDeclined;
import org.complaintdesk.api.v1.ComplaintDispatchReturned;
import org.complaintdesk.api.v1.ComplaintDispatched;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.ComplaintExtensionApproved;
import org.complaintdesk.api.v1.ComplaintExtensionRejected;
import org.complaintdesk.api.v1.ComplaintExtensionRequested;
import org.complaintdesk.api.v1.ComplaintFindingRecorded;
import org.complaintdesk.api.v1.ComplaintInvestigationRecorded;
import org.complaintdesk.api.v1.ComplaintReclassified;
import org.complaintdesk.api.v1.ComplaintRedispatched;
import org.complaintdesk.api.v1.ComplaintRegistered;
import org.complaintdesk.api.v1.ComplaintReplied;
import org.complaintdesk.api.v1.ComplaintResolutionApproved;
import org.complaintdesk.api.v1.ComplaintResolutionProposed;
import org.complaintdesk.api.v1.ComplaintResolutionSentBack;
import org.complaintdesk.api.v1.ComplaintReviewConcluded;
import org.complaintdesk.api.v1.ComplaintReviewRequested;
import org.complaintdesk.api.v1.ComplaintSeverityChanged;
import org.complaintdesk.api.v1.ComplaintSupervised;
import org.complaintdesk.api.v1.ComplaintUrged;
import org.complaintdesk.api.v1.ComplaintWaitingEnded;
import org.complaintdesk.api.v1.ComplaintWaitingOnComplainant;
import org.complaintdesk.api.v1.ComplaintWithdrawn;
import org.complaintdesk.api.v1.Remedy;
import org.complaintdesk.api.v1.Satisfaction;
import org.complaintdesk.domain.complaint.DueChanges;
import org.complaintdesk.domain.complaint.EventDetails.DecidedRequest;
import org.complaintdesk.domain.complaint.EventDetails.EndedWait;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * A timeline entry's particulars as the contract's typed {@code ComplaintEvent.payload}: the one
 * place where each kind of event meets its message. An absent value leaves its field unset.
 */
final class EventPayloadMapper {
    private EventPayloadMapper() {
    }

    /** Sets the payload of the event, whose name is set already: a notice's name is built from it. */
    static void fill(ComplaintEvent.Builder event, EventDetails details) {
        switch (details) {
            case EventDetails.Registered r -> event.setRegistered(ComplaintRegistered.newBuilder()
                    .setTicketNumber(r.ticketNumber().value()).setKind(ProtoEnums.KIND.toProto(r.kind()))
                    .setChannel(ProtoEnums.CHANNEL.toProto(r.channel()))
                    .setSeverity(ProtoEnums.SEVERITY.toProto(r.severity()))
                    .setPriority(ProtoEnums.PRIORITY.toProto(r.priority())));
            case EventDetails.Accepted a -> event.setAccepted(ComplaintAccepted.getDefaultInstance());
            case EventDetails.Declined d -> event.setDeclined(ComplaintDeclined.newBuilder()
                    .setReason(ProtoEnums.DECLINE_REASON.toProto(d.reason())));
            case EventDetails.Reclassified r -> event.setReclassified(ComplaintReclassified.newBuilder()
                    .setUtilityDomainBefore(ProtoEnums.UTILITY_DOMAIN.toProto(r.utilityDomainBefore()))
                    .setUtilityDomain(ProtoEnums.UTILITY_DOMAIN.toProto(r.utilityDomain()))
                    .setNatureBefore(ProtoEnums.NATURE.toProto(r.natureBefore()))
                    .setNature(ProtoEnums.NATURE.toProto(r.nature()))
                    .setTopicBefore(r.topicBefore().value()).setTopic(r.topic().value())
                    .addAllRetimedClocks(retimed(r.retimed())));
            case EventDetails.SeverityChanged s -> event.setSeverityChanged(ComplaintSeverityChanged.newBuilder()
                    .setSeverityBefore(ProtoEnums.SEVERITY.toProto(s.severityBefore()))
                    .setSeverity(ProtoEnums.SEVERITY.toProto(s.severity()))
                    .setPriorityBefore(ProtoEnums.PRIORITY.toProto(s.priorityBefore()))
                    .setPriority(ProtoEnums.PRIORITY.toProto(s.priority()))
                    .addAllRetimedClocks(retimed(s.retimed())));
            case EventDetails.Dispatched d -> event.setDispatched(ComplaintDispatched.newBuilder()
                    .setLeadDepartment(d.assigned().leadDepartment().value()).setHandler(d.assigned().handler().value())
                    .addAllCoHandlingDepartments(codes(d.assigned().coHandlingDepartments())));
            case EventDetails.DispatchReturned r -> event.setDispatchReturned(ComplaintDispatchReturned.newBuilder()
                    .setReturnedByDepartment(r.returnedByDepartment().value()));
            case EventDetails.Redispatched r -> event.setRedispatched(ComplaintRedispatched.newBuilder()
                    .setLeadDepartment(r.assigned().leadDepartment().value()).setHandler(r.assigned().handler().value())
                    .addAllCoHandlingDepartments(codes(r.assigned().coHandlingDepartments())));
            case EventDetails.ContactRecorded c -> event.setContactRecorded(ComplaintContactRecorded.newBuilder()
                    .setContactTime(ProtoTime.toTimestamp(c.contactTime()))
                    .setMethod(ProtoEnums.CONTACT_METHOD.toProto(c.method())).setPromise(c.promise().orElse("")));
            case EventDetails.InvestigationRecorded i -> event.setInvestigationRecorded(
                    ComplaintInvestigationRecorded.newBuilder()
                            .setMethod(ProtoEnums.INVESTIGATION_METHOD.toProto(i.method()))
                            .setConductTime(ProtoTime.toTimestamp(i.conductTime())).setPlace(i.place().orElse(""))
                            .addAllParticipants(i.participants()).addAllEvidence(i.evidence()));
            case EventDetails.FindingRecorded f -> event.setFindingRecorded(ComplaintFindingRecorded.newBuilder()
                    .setResponsibility(ProtoEnums.RESPONSIBILITY.toProto(f.responsibility())));
            case EventDetails.ResolutionProposed p -> {
                var proposed = ComplaintResolutionProposed.newBuilder().setApprovalRequired(p.approvalRequired());
                p.remedy().ifPresent(remedy -> proposed.setRemedy(Remedy.newBuilder()
                        .setKind(ProtoEnums.REMEDY_KIND.toProto(remedy.kind()))
                        .setAmount(ResolutionMapper.money(remedy.amountFen()))));
                event.setResolutionProposed(proposed);
            }
            case EventDetails.ResolutionApproved a ->
                    event.setResolutionApproved(ComplaintResolutionApproved.getDefaultInstance());
            case EventDetails.ResolutionSentBack s ->
                    event.setResolutionSentBack(ComplaintResolutionSentBack.getDefaultInstance());
            case EventDetails.Replied r -> event.setReplied(ComplaintReplied.newBuilder()
                    .setChannel(ProtoEnums.CONTACT_METHOD.toProto(r.channel())));
            case EventDetails.CallbackRecorded c -> event.setCallbackRecorded(ComplaintCallbackRecorded.newBuilder()
                    .setMethod(ProtoEnums.CALLBACK_METHOD.toProto(c.method())).setAttempts(c.attempts())
                    .setSatisfaction(c.satisfaction().map(ProtoEnums.SATISFACTION::toProto)
                            .orElse(Satisfaction.SATISFACTION_UNSPECIFIED))
                    .setUnreachable(c.satisfaction().isEmpty()).setReopened(c.reopened()));
            case EventDetails.ReviewRequested r -> event.setReviewRequested(ComplaintReviewRequested.newBuilder()
                    .setReviewWindowEndTime(ProtoTime.toTimestamp(r.reviewDeadline())));
            case EventDetails.ReviewConcluded r -> event.setReviewConcluded(ComplaintReviewConcluded.newBuilder()
                    .setOutcome(ProtoEnums.REVIEW_OUTCOME.toProto(r.outcome())).setReopened(r.reopened()));
            case EventDetails.Withdrawn w -> {
                var withdrawn = ComplaintWithdrawn.newBuilder();
                w.endedWait().map(EventPayloadMapper::endedWait).ifPresent(withdrawn::setEndedWait);
                event.setWithdrawn(withdrawn);
            }
            case EventDetails.Closed c -> {
                var closed = ComplaintClosed.newBuilder().setClosedFrom(ProtoEnums.STATE.toProto(c.closedFrom()));
                c.endedWait().map(EventPayloadMapper::endedWait).ifPresent(closed::setEndedWait);
                event.setClosed(closed);
            }
            case EventDetails.Archived a -> event.setArchived(ComplaintArchived.getDefaultInstance());
            case EventDetails.WaitingOnComplainant w -> event.setWaitingOnComplainant(
                    ComplaintWaitingOnComplainant.newBuilder().setReason(ProtoEnums.PAUSE_REASON.toProto(w.reason())));
            case EventDetails.WaitingEnded w -> event.setWaitingEnded(endedWait(w.endedWait()));
            case EventDetails.Urged u -> event.setUrged(ComplaintUrged.newBuilder().setUrgeCount(u.urgeCount()));
            case EventDetails.ExtensionRequested r -> event.setExtensionRequested(
                    ComplaintExtensionRequested.newBuilder().setClock(ProtoEnums.CLOCK_KIND.toProto(r.clock()))
                            .setNewDueTime(ProtoTime.toTimestamp(r.newDue())).setReason(r.reason().value())
                            .setComplainantToldTime(ProtoTime.toTimestamp(r.complainantToldAt())));
            case EventDetails.ExtensionApproved a -> event.setExtensionApproved(
                    ComplaintExtensionApproved.newBuilder().setRequest(request(a.request())));
            case EventDetails.ExtensionRejected r -> event.setExtensionRejected(
                    ComplaintExtensionRejected.newBuilder().setRequest(request(r.request())));
            case EventDetails.Supervised s -> event.setSupervised(ComplaintSupervised.newBuilder()
                    .setLevel(HandlingMapper.level(s.level()))
                    .setCause(ProtoEnums.SUPERVISION_CAUSE.toProto(s.cause()))
                    .setClock(s.clock().map(ProtoEnums.CLOCK_KIND::toProto).orElse(Clock.Kind.KIND_UNSPECIFIED)));
            case EventDetails.ClocksRetimed r -> event.setClocksRetimed(ComplaintClocksRetimed.newBuilder()
                    .addAllRetimedClocks(retimed(r.changes())));
            case EventDetails.NoticeDelivered d -> event.setNoticeDelivered(
                    org.complaintdesk.api.v1.ComplaintNoticeDelivered.newBuilder()
                            .setNotice(NoticeName.ofEvent(event.getName(), d.notice())));
            case EventDetails.NoticeFailed f -> event.setNoticeFailed(
                    org.complaintdesk.api.v1.ComplaintNoticeFailed.newBuilder()
                            .setNotice(NoticeName.ofEvent(event.getName(), f.notice())));
            case EventDetails.NoticeUnconfirmed u -> event.setNoticeUnconfirmed(
                    org.complaintdesk.api.v1.ComplaintNoticeUnconfirmed.newBuilder()
                            .setNotice(NoticeName.ofEvent(event.getName(), u.notice()))
                            .setConfirmTime(ProtoTime.toTimestamp(u.confirmBy())));
        }
    }

    private static List<String> codes(List<OrgUnitId> departments) {
        return departments.stream().map(OrgUnitId::value).toList();
    }

    private static ComplaintWaitingEnded endedWait(EndedWait wait) {
        return ComplaintWaitingEnded.newBuilder().setReason(ProtoEnums.PAUSE_REASON.toProto(wait.reason()))
                .setStartTime(ProtoTime.toTimestamp(wait.since())).build();
    }

    private static ClockExtensionRequest request(DecidedRequest request) {
        return ClockExtensionRequest.newBuilder().setClock(ProtoEnums.CLOCK_KIND.toProto(request.clock()))
                .setNewDueTime(ProtoTime.toTimestamp(request.newDue())).setReason(request.reason().value())
                .setComplainantToldTime(ProtoTime.toTimestamp(request.complainantToldAt()))
                .setRequestedBy(request.requestedBy().value())
                .setRequestTime(ProtoTime.toTimestamp(request.requestedAt())).build();
    }

    /** In the order of the clock kinds, as the domain keeps them. */
    private static List<ClockDueTimeChange> retimed(DueChanges changes) {
        return changes.changes().entrySet().stream().map(change -> {
            var message = ClockDueTimeChange.newBuilder().setClock(ProtoEnums.CLOCK_KIND.toProto(change.getKey()));
            due(change.getValue().before()).ifPresent(message::setDueTimeBefore);
            due(change.getValue().after()).ifPresent(message::setDueTime);
            return message.build();
        }).toList();
    }

    private static Optional<com.google.protobuf.Timestamp> due(Optional<Instant> due) {
        return due.map(ProtoTime::toTimestamp);
    }
}
