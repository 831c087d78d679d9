package org.complaintdesk.adapters.grpc;

import java.util.Objects;
import java.util.stream.Stream;
import org.complaintdesk.application.handling.AcceptComplaint;
import org.complaintdesk.application.handling.ApproveExtension;
import org.complaintdesk.application.handling.ApproveResolution;
import org.complaintdesk.application.handling.ArchiveComplaint;
import org.complaintdesk.application.handling.ChangeSeverity;
import org.complaintdesk.application.handling.CloseComplaint;
import org.complaintdesk.application.handling.ConcludeReview;
import org.complaintdesk.application.handling.DeclineComplaint;
import org.complaintdesk.application.handling.DispatchComplaint;
import org.complaintdesk.application.handling.ListComplaintEvents;
import org.complaintdesk.application.handling.ProposeResolution;
import org.complaintdesk.application.handling.ReclassifyComplaint;
import org.complaintdesk.application.handling.RecordCallback;
import org.complaintdesk.application.handling.RecordContact;
import org.complaintdesk.application.handling.RecordFinding;
import org.complaintdesk.application.handling.RecordInvestigation;
import org.complaintdesk.application.handling.RedispatchComplaint;
import org.complaintdesk.application.handling.RejectExtension;
import org.complaintdesk.application.handling.ReplyToComplaint;
import org.complaintdesk.application.handling.RequestExtension;
import org.complaintdesk.application.handling.RequestReview;
import org.complaintdesk.application.handling.ResumeHandling;
import org.complaintdesk.application.handling.ReturnComplaint;
import org.complaintdesk.application.handling.SendBackResolution;
import org.complaintdesk.application.handling.UrgeComplaint;
import org.complaintdesk.application.handling.WaitOnComplainant;
import org.complaintdesk.application.handling.WithdrawComplaint;
import org.complaintdesk.application.notice.ListComplaintNotices;
import org.complaintdesk.application.notice.ReportNoticeDelivery;

/**
 * The use cases behind the lifecycle methods of ComplaintService, one per step, the timeline, and
 * the notices to the complainant with the gateways' reports on them.
 */
public record HandlingUseCases(
        AcceptComplaint accept,
        DeclineComplaint decline,
        ReclassifyComplaint reclassify,
        ChangeSeverity changeSeverity,
        DispatchComplaint dispatch,
        ReturnComplaint returnComplaint,
        RedispatchComplaint redispatch,
        RecordContact recordContact,
        RecordInvestigation recordInvestigation,
        RecordFinding recordFinding,
        ProposeResolution proposeResolution,
        ApproveResolution approveResolution,
        SendBackResolution sendBackResolution,
        ReplyToComplaint reply,
        RecordCallback recordCallback,
        RequestReview requestReview,
        ConcludeReview concludeReview,
        WaitOnComplainant waitOnComplainant,
        ResumeHandling resumeHandling,
        UrgeComplaint urge,
        RequestExtension requestExtension,
        ApproveExtension approveExtension,
        RejectExtension rejectExtension,
        WithdrawComplaint withdraw,
        CloseComplaint close,
        ArchiveComplaint archive,
        ListComplaintEvents listEvents,
        ReportNoticeDelivery reportNoticeDelivery,
        ListComplaintNotices listNotices) {

    public HandlingUseCases {
        Stream.of(accept, decline, reclassify, changeSeverity, dispatch, returnComplaint, redispatch, recordContact,
                recordInvestigation, recordFinding, proposeResolution, approveResolution, sendBackResolution, reply,
                recordCallback, requestReview, concludeReview, waitOnComplainant, resumeHandling, urge, requestExtension,
                approveExtension, rejectExtension, withdraw, close, archive, listEvents, reportNoticeDelivery, listNotices)
                .forEach(useCase -> Objects.requireNonNull(useCase, "every use case is needed"));
    }
}
