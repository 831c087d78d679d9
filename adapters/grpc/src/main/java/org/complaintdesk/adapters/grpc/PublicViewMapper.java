package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.ComplaintStatus;
import org.complaintdesk.application.publicview.PublicComplaintView;
import org.complaintdesk.application.publicview.PublicStage;

/** The public view as the contract spells it: stage, promises and reply, and nothing else. */
final class PublicViewMapper {
    static final EnumMapping<ComplaintStatus.Stage, PublicStage> STAGE =
            new EnumMapping<>(ComplaintStatus.Stage.class, "STAGE_", PublicStage.class);

    private PublicViewMapper() {
    }

    static ComplaintStatus toMessage(PublicComplaintView view) {
        var message = ComplaintStatus.newBuilder()
                .setTicketNumber(view.ticket().value())
                .setStage(STAGE.toProto(view.stage()))
                .setStageText(view.stageText())
                .setReceiveTime(ProtoTime.toTimestamp(view.receivedAt()))
                .setReplyDueExtended(view.replyDueExtended());
        view.replyDue().map(ProtoTime::toTimestamp).ifPresent(message::setReplyDueTime);
        view.callbackDue().map(ProtoTime::toTimestamp).ifPresent(message::setCallbackDueTime);
        view.reviewRequestDeadline().map(ProtoTime::toTimestamp).ifPresent(message::setReviewRequestEndTime);
        view.reply().ifPresent(reply -> message.setReply(ComplaintStatus.Reply.newBuilder()
                .setContent(reply.content())
                .setReplyTime(ProtoTime.toTimestamp(reply.repliedAt()))));
        view.decline().ifPresent(decline -> message.setDecline(ComplaintStatus.Decline.newBuilder()
                .setReasonText(decline.reasonText())
                .setGuidance(decline.guidance())
                .setDeclineTime(ProtoTime.toTimestamp(decline.declinedAt()))));
        return message.build();
    }
}
