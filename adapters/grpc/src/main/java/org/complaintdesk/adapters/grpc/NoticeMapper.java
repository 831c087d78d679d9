package org.complaintdesk.adapters.grpc;

import java.util.Optional;
import org.complaintdesk.api.v1.ListComplaintNoticesRequest;
import org.complaintdesk.api.v1.Notice;
import org.complaintdesk.api.v1.ReportNoticeDeliveryRequest;
import org.complaintdesk.application.notice.RecordedNotice;
import org.complaintdesk.application.notice.ReportNoticeDelivery;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.notice.DeliveryOutcome;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** The notices to complainants and the gateways' reports on them, between the API and the use cases. */
final class NoticeMapper {
    static final String NOTICE_RESOURCE_TYPE = "complaintdesk.example.com/Notice";
    static final String FAILURE_REASON = "failure_reason";
    /** A gateway's reason is only allowed with a failure. */
    static final String NOT_WITH_DELIVERY = "NOT_WITH_DELIVERY";

    private NoticeMapper() {
    }

    static Notice toMessage(RecordedNotice recorded) {
        var issued = recorded.issued();
        var notice = Notice.newBuilder()
                .setName(NoticeName.of(issued.complaintId(), issued.id()))
                .setTicketNumber(issued.ticket().value())
                .setKind(ProtoEnums.NOTICE_KIND.toProto(issued.notice().kind()))
                .setChannel(ProtoEnums.NOTICE_CHANNEL.toProto(issued.notice().channel()))
                .setText(issued.notice().text())
                .setIssueTime(ProtoTime.toTimestamp(issued.issuedAt()))
                .setConfirmTime(ProtoTime.toTimestamp(issued.confirmBy()));
        recorded.outcome().ifPresent(outcome -> notice.setOutcome(ProtoEnums.NOTICE_OUTCOME.toProto(outcome)));
        recorded.outcomeAt().ifPresent(at -> notice.setOutcomeTime(ProtoTime.toTimestamp(at)));
        return notice.build();
    }

    /** The complaint a listing names. */
    static ComplaintName parent(ListComplaintNoticesRequest request) {
        var violations = new Violations();
        ComplaintName name = violations.check("parent", () -> ComplaintName.parse("parent", request.getParent()));
        violations.throwIfAny();
        return name;
    }

    /** A gateway's report, every field checked at once; the complaint named is looked up once all are. */
    static ReportNoticeDelivery.Command report(ReportNoticeDeliveryRequest request, Actor actor,
                                               java.util.function.Function<ComplaintName, ComplaintId> complaints) {
        var violations = new Violations();
        NoticeName name = violations.check(StepRequests.NAME, () -> NoticeName.parse(StepRequests.NAME, request.getName()));
        RequestId requestId = violations.check(RequestId.FIELD, () -> new RequestId(request.getRequestId()));
        DeliveryOutcome outcome = ProtoEnums.NOTICE_OUTCOME.required(request.getOutcome(), "outcome", violations);
        if (outcome == DeliveryOutcome.UNCONFIRMED) {
            violations.add("outcome", Text.FORMAT, "a gateway reports OUTCOME_DELIVERED or OUTCOME_FAILED");
        }
        Optional<Reason> failure = Optional.empty();
        if (outcome == DeliveryOutcome.FAILED) {
            failure = Optional.ofNullable(StepRequests.briefReason(FAILURE_REASON, request.getFailureReason(), violations));
        } else if (outcome == DeliveryOutcome.DELIVERED && !request.getFailureReason().isBlank()) {
            violations.add(FAILURE_REASON, NOT_WITH_DELIVERY, "is only given with OUTCOME_FAILED");
        }
        violations.throwIfAny();
        return new ReportNoticeDelivery.Command(complaints.apply(name.complaint()), name.notice(), failure, actor,
                new IdempotencyKey(requestId, ReportNoticeDelivery.OPERATION, RequestFingerprint.of(request)));
    }
}
