package org.complaintdesk.application.publicview;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.deadline.ClockState;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.PauseReason;

/**
 * Turns a complaint and its clocks into the public view: which stage, in which words, and which
 * promises. Reads only what the complainant was told or is owed; never who handled it.
 */
public final class PublicWording {

    private PublicWording() {
    }

    public static PublicComplaintView viewOf(Complaint complaint, List<ComplaintClock> clocks) {
        PublicStage stage = stageOf(complaint);
        Optional<ComplaintClock> reply = awaited(clocks, ClockKind.REPLY);
        return new PublicComplaintView(
                complaint.ticketNumber(),
                stage,
                textOf(stage, complaint),
                complaint.submission().receivedAt(),
                reply.map(ComplaintClock::due),
                reply.flatMap(ComplaintClock::extension).isPresent(),
                awaited(clocks, ClockKind.CALLBACK).map(ComplaintClock::due),
                awaited(clocks, ClockKind.REVIEW_WINDOW).map(ComplaintClock::due),
                complaint.handling().outcome().reply()
                        .map(r -> new PublicComplaintView.Reply(r.content().value(), r.repliedAt())),
                complaint.handling().decline()
                        .map(d -> new PublicComplaintView.Decline(reasonText(d.reason()), d.guidance().value(),
                                d.declinedAt())));
    }

    static PublicStage stageOf(Complaint complaint) {
        ComplaintState state = complaint.state();
        return switch (state) {
            case REGISTERED -> PublicStage.RECEIVED;
            case DECLINED -> PublicStage.NOT_ACCEPTED;
            case ACCEPTED, DISPATCHED, INVESTIGATING, RESOLUTION_PROPOSED, RESOLVED ->
                    complaint.handling().oversight().complainantWait().isPresent()
                            ? PublicStage.WAITING_FOR_COMPLAINANT : PublicStage.IN_PROGRESS;
            case REPLIED, CALLED_BACK -> PublicStage.REPLIED;
            case UNDER_REVIEW -> PublicStage.UNDER_REVIEW;
            case WITHDRAWN -> PublicStage.WITHDRAWN;
            case CLOSED, ARCHIVED -> PublicStage.CLOSED;
        };
    }

    static String textOf(PublicStage stage, Complaint complaint) {
        return switch (stage) {
            case RECEIVED -> "您的投诉已登记，正在审核是否受理。";
            case NOT_ACCEPTED -> "您的投诉不予受理，原因及可向何处反映见下方说明。";
            case IN_PROGRESS -> "您的投诉已受理，正在调查处理。";
            case WAITING_FOR_COMPLAINANT -> complaint.handling().oversight().complainantWait()
                    .map(wait -> waitingText(wait.reason()))
                    .orElse("您的投诉正在处理，需要您的配合。");
            case REPLIED -> complaint.state() == ComplaintState.CALLED_BACK
                    ? "您的投诉已答复，并已完成回访。"
                    : "您的投诉已答复，答复内容见下方；我们将就处理结果回访您。";
            case UNDER_REVIEW -> "您申请的复查正在进行，复查结果将告知您。";
            case WITHDRAWN -> "您已撤回本投诉。";
            case CLOSED -> "您的投诉已办结。";
        };
    }

    static String waitingText(PauseReason reason) {
        return switch (reason) {
            case MATERIALS_REQUESTED -> "您的投诉正在处理，等待您补充所需材料。";
            case SITE_VISIT_REFUSED -> "您的投诉正在处理，等待与您约定现场勘查时间。";
            case COMPLAINANT_UNREACHABLE -> "您的投诉正在处理，我们未能联系到您，请留意来电。";
        };
    }

    static String reasonText(DeclineReason reason) {
        return switch (reason) {
            case OTHER_BODYS_DUTY -> "该事项属于其他部门或单位的职责范围。";
            case BEFORE_COURT_OR_ARBITRATION -> "该事项已进入诉讼或仲裁程序。";
            case NO_CONCRETE_CONTENT -> "投诉缺少具体的对象或内容。";
            case DUPLICATE -> "同一事项已登记并正在处理。";
        };
    }

    /** The latest round of the clock while its step is still awaited (running, paused or overdue). */
    private static Optional<ComplaintClock> awaited(List<ComplaintClock> clocks, ClockKind kind) {
        return clocks.stream()
                .filter(clock -> clock.kind() == kind)
                .max(Comparator.comparingInt(ComplaintClock::round))
                .filter(clock -> clock.state() == ClockState.RUNNING || clock.state() == ClockState.BREACHED);
    }
}
