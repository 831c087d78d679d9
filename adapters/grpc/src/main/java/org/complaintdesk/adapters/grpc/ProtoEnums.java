package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintKind;
import org.complaintdesk.api.v1.ContactPreference;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.Priority;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.domain.complaint.ComplaintState;

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

    private ProtoEnums() {
    }
}
