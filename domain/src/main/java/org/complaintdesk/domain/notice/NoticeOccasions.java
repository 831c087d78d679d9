package org.complaintdesk.domain.notice;

import java.util.List;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.handling.DeclineReason;

/**
 * Which notices a step calls for, by its timeline entry: the complainant is told of the acceptance
 * (000 二(一)3), of a decline (000 二(一)3, 004 三.3), of an extension granted (002 3.4), and of the
 * reply (002 ch.5), which starts the callback (003 三.2(5)): the invitation goes with it, as the
 * 12345 rules count the callback from the ticket's 办结. Other steps are the staff's.
 */
public final class NoticeOccasions {

    private NoticeOccasions() {
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
