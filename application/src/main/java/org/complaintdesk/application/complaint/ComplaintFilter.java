package org.complaintdesk.application.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.deadline.ClockStatus;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;

/**
 * Which complaints a list shows; an empty part does not filter. Receipt range is [from, before).
 * Lead department and handler select the work queues of departments and of their staff. Due
 * before and clock status select by the clocks as the monitor last recorded them: complaints with a
 * clock waiting for its step due before an instant, and those with a clock in warning or breached.
 * The complainant's phone and account number find a complainant's earlier complaints (exact match
 * on the normal form).
 */
public record ComplaintFilter(
        Optional<ComplaintState> state,
        Optional<UtilityDomain> utilityDomain,
        Optional<Nature> nature,
        Optional<Severity> severity,
        Optional<Channel> channel,
        Optional<OrgUnitId> orgUnit,
        Optional<Instant> receivedFrom,
        Optional<Instant> receivedBefore,
        Optional<OrgUnitId> leadDepartment,
        Optional<UserId> handler,
        Optional<Instant> dueBefore,
        Optional<ClockStatus> clockStatus,
        Optional<PhoneNumber> complainantPhone,
        Optional<AccountNumber> complainantAccountNumber) {

    public static final ComplaintFilter ALL = new ComplaintFilter(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** A filter on everything but the complainant. */
    public ComplaintFilter(Optional<ComplaintState> state, Optional<UtilityDomain> utilityDomain, Optional<Nature> nature,
                           Optional<Severity> severity, Optional<Channel> channel, Optional<OrgUnitId> orgUnit,
                           Optional<Instant> receivedFrom, Optional<Instant> receivedBefore,
                           Optional<OrgUnitId> leadDepartment, Optional<UserId> handler, Optional<Instant> dueBefore,
                           Optional<ClockStatus> clockStatus) {
        this(state, utilityDomain, nature, severity, channel, orgUnit, receivedFrom, receivedBefore, leadDepartment,
                handler, dueBefore, clockStatus, Optional.empty(), Optional.empty());
    }

    public ComplaintFilter {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(utilityDomain, "utilityDomain");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(receivedFrom, "receivedFrom");
        Objects.requireNonNull(receivedBefore, "receivedBefore");
        Objects.requireNonNull(leadDepartment, "leadDepartment");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(dueBefore, "dueBefore");
        Objects.requireNonNull(clockStatus, "clockStatus");
        Objects.requireNonNull(complainantPhone, "complainantPhone");
        Objects.requireNonNull(complainantAccountNumber, "complainantAccountNumber");
    }

    public ComplaintFilter withState(ComplaintState s) {
        return new ComplaintFilter(Optional.of(s), utilityDomain, nature, severity, channel, orgUnit,
                receivedFrom, receivedBefore, leadDepartment, handler, dueBefore, clockStatus,
                complainantPhone, complainantAccountNumber);
    }

    public ComplaintFilter withUtilityDomain(UtilityDomain d) {
        return new ComplaintFilter(state, Optional.of(d), nature, severity, channel, orgUnit,
                receivedFrom, receivedBefore, leadDepartment, handler, dueBefore, clockStatus,
                complainantPhone, complainantAccountNumber);
    }

    public ComplaintFilter withNature(Nature n) {
        return new ComplaintFilter(state, utilityDomain, Optional.of(n), severity, channel, orgUnit,
                receivedFrom, receivedBefore, leadDepartment, handler, dueBefore, clockStatus,
                complainantPhone, complainantAccountNumber);
    }

    public ComplaintFilter withSeverity(Severity s) {
        return new ComplaintFilter(state, utilityDomain, nature, Optional.of(s), channel, orgUnit,
                receivedFrom, receivedBefore, leadDepartment, handler, dueBefore, clockStatus,
                complainantPhone, complainantAccountNumber);
    }

    public ComplaintFilter withChannel(Channel c) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, Optional.of(c), orgUnit,
                receivedFrom, receivedBefore, leadDepartment, handler, dueBefore, clockStatus,
                complainantPhone, complainantAccountNumber);
    }

    public ComplaintFilter withOrgUnit(OrgUnitId o) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, channel, Optional.of(o),
                receivedFrom, receivedBefore, leadDepartment, handler, dueBefore, clockStatus,
                complainantPhone, complainantAccountNumber);
    }

    public ComplaintFilter withLeadDepartment(OrgUnitId department) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, channel, orgUnit, receivedFrom,
                receivedBefore, Optional.of(department), handler, dueBefore, clockStatus,
                complainantPhone, complainantAccountNumber);
    }

    public ComplaintFilter withHandler(UserId user) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, channel, orgUnit, receivedFrom,
                receivedBefore, leadDepartment, Optional.of(user), dueBefore, clockStatus,
                complainantPhone, complainantAccountNumber);
    }

    public ComplaintFilter withReceivedBetween(Optional<Instant> from, Optional<Instant> before) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, channel, orgUnit, from, before,
                leadDepartment, handler, dueBefore, clockStatus,
                complainantPhone, complainantAccountNumber);
    }

    public ComplaintFilter withDueBefore(Instant instant) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, channel, orgUnit, receivedFrom,
                receivedBefore, leadDepartment, handler, Optional.of(instant), clockStatus,
                complainantPhone, complainantAccountNumber);
    }

    public ComplaintFilter withClockStatus(ClockStatus status) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, channel, orgUnit, receivedFrom,
                receivedBefore, leadDepartment, handler, dueBefore, Optional.of(status),
                complainantPhone, complainantAccountNumber);
    }

    public ComplaintFilter withComplainantPhone(PhoneNumber phone) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, channel, orgUnit, receivedFrom,
                receivedBefore, leadDepartment, handler, dueBefore, clockStatus, Optional.of(phone),
                complainantAccountNumber);
    }

    public ComplaintFilter withComplainantAccountNumber(AccountNumber account) {
        return new ComplaintFilter(state, utilityDomain, nature, severity, channel, orgUnit, receivedFrom,
                receivedBefore, leadDepartment, handler, dueBefore, clockStatus, complainantPhone,
                Optional.of(account));
    }
}
