package org.complaintdesk.bootstrap;

import java.time.Clock;
import org.complaintdesk.adapters.grpc.HandlingUseCases;
import org.complaintdesk.application.deadline.ClockExtensions;
import org.complaintdesk.application.deadline.ComplaintClocks;
import org.complaintdesk.application.handling.*;
import org.complaintdesk.application.notice.ListComplaintNotices;
import org.complaintdesk.application.notice.ReportNoticeDelivery;
import org.complaintdesk.application.notice.StepNotices;
import org.complaintdesk.application.port.out.AlertNotifier;
import org.complaintdesk.application.port.out.ComplaintNotices;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.port.out.ComplaintTimeline;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.complaint.PriorityPolicy;

/** Builds the use cases of the complaint lifecycle, all on one store, clock and policy. */
final class HandlingWiring {

    private HandlingWiring() {
    }

    static HandlingUseCases useCases(ComplaintStore complaints, ComplaintTimeline timeline, Clock clock,
                                     HandlingPolicy policy, PriorityPolicy priorities, ComplaintClocks clocks,
                                     StepNotices notices, ComplaintNotices issued, AlertNotifier notifier) {
        var steps = new ComplaintSteps(complaints, clock, notices);
        var extensions = new ClockExtensions(clocks);
        return new HandlingUseCases(
                new AcceptComplaint(steps),
                new DeclineComplaint(steps),
                new ReclassifyComplaint(steps, clocks),
                new ChangeSeverity(steps, priorities, clocks),
                new DispatchComplaint(steps),
                new ReturnComplaint(steps),
                new RedispatchComplaint(steps),
                new RecordContact(steps),
                new RecordInvestigation(steps),
                new RecordFinding(steps),
                new ProposeResolution(steps, policy),
                new ApproveResolution(steps, policy),
                new SendBackResolution(steps, policy),
                new ReplyToComplaint(steps),
                new RecordCallback(steps, policy),
                new RequestReview(steps, policy),
                new ConcludeReview(steps),
                new WaitOnComplainant(steps),
                new ResumeHandling(steps),
                new UrgeComplaint(steps),
                new RequestExtension(steps, extensions),
                new ApproveExtension(steps, extensions),
                new RejectExtension(steps),
                new WithdrawComplaint(steps),
                new CloseComplaint(steps),
                new ArchiveComplaint(steps),
                new ListComplaintEvents(timeline, complaints),
                new ReportNoticeDelivery(complaints, issued, clock, notifier),
                new ListComplaintNotices(complaints, issued));
    }
}
