package org.complaintdesk.domain.notice;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.handling.DeclineReason;

/**
 * Which notices a step calls for, by its timeline entry: the complainant is told of the acceptance
 * (000 二(一)3), of a decline (000 二(一)3, 004 三.3), of an extension granted (002 3.4), and of the
 * reply (002 ch.5), which starts the callback (003 三.2(5)): the invitation goes with it, as the
 * 12345 rules count the callback from the ticket's 办结. Other steps are the staff's.
 */
public final class NoticeOccasions {

    /** 003 三.3(4): in a major case the complainant hears of the progress at least this often, until the result. */
    public static final Duration PROGRESS_INTERVAL = Duration.ofHours(2);

    /** The states in which a level-1 complaint's progress is told: accepted, and the result not yet told. */
    public static final Set<ComplaintState> PROGRESS_STATES = Set.copyOf(EnumSet.of(ComplaintState.ACCEPTED,
            ComplaintState.DISPATCHED, ComplaintState.INVESTIGATING, ComplaintState.RESOLUTION_PROPOSED,
            ComplaintState.RESOLVED));

    private NoticeOccasions() {
    }

    /**
     * What a progress notice tells of the complaint, in plain words; empty when none is due: the
     * complaint is not level 1, not yet accepted, or its result was told (replied) or it ended.
     */
    public static Optional<FreeText> progress(Complaint complaint) {
        if (complaint.triage().severity().applied() != Severity.LEVEL_1
                || !PROGRESS_STATES.contains(complaint.state())) {
            return Optional.empty();
        }
        return Optional.of(new FreeText(switch (complaint.state()) {
            case ACCEPTED -> "已受理，正在安排处理部门";
            case DISPATCHED -> "已派至处理部门，抢修人员正在赶赴现场";
            case INVESTIGATING -> "处理部门正在现场调查处理";
            case RESOLUTION_PROPOSED -> "处理方案已提出，正在审批";
            default -> "处理方案已确定，即将答复您";
        }));
    }

    /** The kinds of notice the entry calls for, in the order they are issued. */
    public static List<NoticeKind> calledForBy(EventDetails details) {
        return switch (details) {
            case EventDetails.Accepted accepted -> List.of(NoticeKind.ACCEPTANCE);
            case EventDetails.Declined declined -> List.of(NoticeKind.DECLINE);
            case EventDetails.ExtensionApproved approved -> List.of(NoticeKind.EXTENSION);
            case EventDetails.Replied replied -> List.of(NoticeKind.REPLY, NoticeKind.CALLBACK_INVITATION);
            default -> List.of();
        };
    }

    /** The reason for a decline in the complainant's words. */
    public static FreeText declineReason(DeclineReason reason) {
        return new FreeText(switch (reason) {
            case OTHER_BODYS_DUTY -> "该事项不属于本单位职责范围";
            case BEFORE_COURT_OR_ARBITRATION -> "该事项已进入诉讼或仲裁程序";
            case NO_CONCRETE_CONTENT -> "投诉未提出具体的对象或内容";
            case DUPLICATE -> "同一事项已登记并正在办理";
        });
    }
}
