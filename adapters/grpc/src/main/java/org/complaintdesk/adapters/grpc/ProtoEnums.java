package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.ApprovalStatus;
import org.complaintdesk.api.v1.CalendarDay;
import org.complaintdesk.api.v1.CallbackMethod;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.ClockStatus;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.ComplaintKind;
import org.complaintdesk.api.v1.ContactMethod;
import org.complaintdesk.api.v1.ContactPreference;
import org.complaintdesk.api.v1.DeclineReason;
import org.complaintdesk.api.v1.InvestigationMethod;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.Priority;
import org.complaintdesk.api.v1.RemedyKind;
import org.complaintdesk.api.v1.Responsibility;
import org.complaintdesk.api.v1.ReviewOutcome;
import org.complaintdesk.api.v1.Role;
import org.complaintdesk.api.v1.Satisfaction;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.SupervisionCause;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.domain.calendar.DayKind;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.deadline.ClockState;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.PauseReason;

/** The enums of complaintdesk.v1 and their domain counterparts. */
final class ProtoEnums {
    static final EnumMapping<Channel, org.complaintdesk.domain.complaint.Channel> CHANNEL =
            new EnumMapping<>(Channel.class, "CHANNEL_", org.complaintdesk.domain.complaint.Channel.class);
    static final EnumMapping<ComplaintKind, org.complaintdesk.domain.complaint.ComplaintKind> KIND =
            new EnumMapping<>(ComplaintKind.class, "COMPLAINT_KIND_", org.complaintdesk.domain.complaint.ComplaintKind.class);
    static final EnumMapping<UtilityDomain, org.complaintdesk.domain.complaint.UtilityDomain> UTILITY_DOMAIN =
            new EnumMapping<>(UtilityDomain.class, "UTILITY_DOMAIN_", org.complaintdesk.domain.complaint.UtilityDomain.class);
    static final EnumMapping<Nature, org.complaintdesk.domain.complaint.Nature> NATURE =
            new EnumMapping<>(Nature.class, "NATURE_", org.complaintdesk.domain.complaint.Nature.class);
    static final EnumMapping<Severity, org.complaintdesk.domain.complaint.Severity> SEVERITY =
            new EnumMapping<>(Severity.class, "SEVERITY_", org.complaintdesk.domain.complaint.Severity.class);
    static final EnumMapping<Priority, org.complaintdesk.domain.complaint.Priority> PRIORITY =
            new EnumMapping<>(Priority.class, "PRIORITY_", org.complaintdesk.domain.complaint.Priority.class);
    static final EnumMapping<ContactPreference, org.complaintdesk.domain.complaint.ContactPreference> CONTACT_PREFERENCE =
            new EnumMapping<>(ContactPreference.class, "CONTACT_PREFERENCE_", org.complaintdesk.domain.complaint.ContactPreference.class);
    static final EnumMapping<Complaint.State, ComplaintState> STATE =
            new EnumMapping<>(Complaint.State.class, "STATE_", ComplaintState.class);

    // The handling of a complaint.
    static final EnumMapping<DeclineReason, org.complaintdesk.domain.handling.DeclineReason> DECLINE_REASON =
            new EnumMapping<>(DeclineReason.class, "DECLINE_REASON_", org.complaintdesk.domain.handling.DeclineReason.class);
    static final EnumMapping<ContactMethod, org.complaintdesk.domain.handling.ContactMethod> CONTACT_METHOD =
            new EnumMapping<>(ContactMethod.class, "CONTACT_METHOD_", org.complaintdesk.domain.handling.ContactMethod.class);
    static final EnumMapping<InvestigationMethod, org.complaintdesk.domain.handling.InvestigationMethod> INVESTIGATION_METHOD =
            new EnumMapping<>(InvestigationMethod.class, "INVESTIGATION_METHOD_", org.complaintdesk.domain.handling.InvestigationMethod.class);
    static final EnumMapping<Responsibility, org.complaintdesk.domain.handling.Responsibility> RESPONSIBILITY =
            new EnumMapping<>(Responsibility.class, "RESPONSIBILITY_", org.complaintdesk.domain.handling.Responsibility.class);
    static final EnumMapping<RemedyKind, org.complaintdesk.domain.handling.RemedyKind> REMEDY_KIND =
            new EnumMapping<>(RemedyKind.class, "REMEDY_KIND_", org.complaintdesk.domain.handling.RemedyKind.class);
    static final EnumMapping<ApprovalStatus, org.complaintdesk.domain.handling.ApprovalStatus> APPROVAL_STATUS =
            new EnumMapping<>(ApprovalStatus.class, "APPROVAL_STATUS_", org.complaintdesk.domain.handling.ApprovalStatus.class);
    static final EnumMapping<CallbackMethod, org.complaintdesk.domain.handling.CallbackMethod> CALLBACK_METHOD =
            new EnumMapping<>(CallbackMethod.class, "CALLBACK_METHOD_", org.complaintdesk.domain.handling.CallbackMethod.class);
    static final EnumMapping<Satisfaction, org.complaintdesk.domain.handling.Satisfaction> SATISFACTION =
            new EnumMapping<>(Satisfaction.class, "SATISFACTION_", org.complaintdesk.domain.handling.Satisfaction.class);
    static final EnumMapping<ReviewOutcome, org.complaintdesk.domain.handling.ReviewOutcome> REVIEW_OUTCOME =
            new EnumMapping<>(ReviewOutcome.class, "REVIEW_OUTCOME_", org.complaintdesk.domain.handling.ReviewOutcome.class);
    static final EnumMapping<SupervisionCause, org.complaintdesk.domain.handling.SupervisionCause> SUPERVISION_CAUSE =
            new EnumMapping<>(SupervisionCause.class, "SUPERVISION_CAUSE_",
                    org.complaintdesk.domain.handling.SupervisionCause.class);

    // The timeline.
    static final EnumMapping<ComplaintEvent.Type, EventType> EVENT_TYPE =
            new EnumMapping<>(ComplaintEvent.Type.class, "TYPE_", EventType.class);
    // The notices to the complainant.
    static final EnumMapping<org.complaintdesk.api.v1.Notice.Kind, org.complaintdesk.domain.notice.NoticeKind> NOTICE_KIND =
            new EnumMapping<>(org.complaintdesk.api.v1.Notice.Kind.class, "KIND_", org.complaintdesk.domain.notice.NoticeKind.class);
    static final EnumMapping<org.complaintdesk.api.v1.Notice.Channel, org.complaintdesk.domain.notice.NoticeChannel> NOTICE_CHANNEL =
            new EnumMapping<>(org.complaintdesk.api.v1.Notice.Channel.class, "CHANNEL_",
                    org.complaintdesk.domain.notice.NoticeChannel.class);
    static final EnumMapping<org.complaintdesk.api.v1.Notice.Outcome, org.complaintdesk.domain.notice.DeliveryOutcome> NOTICE_OUTCOME =
            new EnumMapping<>(org.complaintdesk.api.v1.Notice.Outcome.class, "OUTCOME_",
                    org.complaintdesk.domain.notice.DeliveryOutcome.class);
    static final EnumMapping<Role, org.complaintdesk.domain.organisation.Role> ROLE =
            new EnumMapping<>(Role.class, "ROLE_", org.complaintdesk.domain.organisation.Role.class);

    // The working-day calendar.
    static final EnumMapping<CalendarDay.Kind, DayKind> DAY_KIND =
            new EnumMapping<>(CalendarDay.Kind.class, "KIND_", DayKind.class);

    // The clocks of a complaint.
    static final EnumMapping<Clock.Kind, ClockKind> CLOCK_KIND = new EnumMapping<>(Clock.Kind.class, "KIND_", ClockKind.class);
    static final EnumMapping<Clock.State, ClockState> CLOCK_STATE =
            new EnumMapping<>(Clock.State.class, "STATE_", ClockState.class);
    static final EnumMapping<Clock.PauseReason, PauseReason> PAUSE_REASON =
            new EnumMapping<>(Clock.PauseReason.class, "PAUSE_REASON_", PauseReason.class);
    static final EnumMapping<ClockStatus, org.complaintdesk.domain.deadline.ClockStatus> CLOCK_STATUS =
            new EnumMapping<>(ClockStatus.class, "CLOCK_STATUS_", org.complaintdesk.domain.deadline.ClockStatus.class);

    private ProtoEnums() {
    }
}
