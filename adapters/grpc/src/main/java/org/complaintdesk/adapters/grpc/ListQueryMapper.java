package org.complaintdesk.adapters.grpc;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.api.v1.ComplaintView;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.ListComplaints;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** Turns a ListComplaints request into the query of the use case, checking every field at once. */
final class ListQueryMapper {
    static final String NEGATIVE = "NEGATIVE";
    static final String EMPTY_TIME_RANGE = "EMPTY_TIME_RANGE";

    private ListQueryMapper() {
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static ListComplaints.Query toQuery(ListComplaintsRequest request) {
        var violations = new Violations();
        if (request.getPageSize() < 0) {
            // 0 means the default and large values are capped by the use case; only negatives are wrong.
            violations.add("page_size", NEGATIVE, "must not be negative");
        }
        var state = ProtoEnums.STATE.optional(request.getState(), "state", violations);
        var utilityDomain = ProtoEnums.UTILITY_DOMAIN.optional(request.getUtilityDomain(), "utility_domain", violations);
        var nature = ProtoEnums.NATURE.optional(request.getNature(), "nature", violations);
        var severity = ProtoEnums.SEVERITY.optional(request.getSeverity(), "severity", violations);
        var channel = ProtoEnums.CHANNEL.optional(request.getChannel(), "channel", violations);
        Optional<OrgUnitId> orgUnit = request.getOrgUnit().isBlank()
                ? Optional.empty()
                : Optional.ofNullable(violations.check("org_unit", () -> new OrgUnitId(request.getOrgUnit())));
        Optional<OrgUnitId> leadDepartment = request.getLeadDepartment().isBlank()
                ? Optional.empty()
                : Optional.ofNullable(violations.check("lead_department", () -> new OrgUnitId(request.getLeadDepartment())));
        Optional<UserId> handler = request.getHandler().isBlank()
                ? Optional.empty()
                : Optional.ofNullable(violations.check("handler", () -> new UserId(request.getHandler())));
        Optional<Instant> after = request.hasReceiveTimeAfter()
                ? instant("receive_time_after", request.getReceiveTimeAfter(), violations) : Optional.empty();
        Optional<Instant> before = request.hasReceiveTimeBefore()
                ? instant("receive_time_before", request.getReceiveTimeBefore(), violations) : Optional.empty();
        if (after.isPresent() && before.isPresent() && !before.get().isAfter(after.get())) {
            violations.add("receive_time_before", EMPTY_TIME_RANGE, "must be later than receive_time_after");
        }
        // Select by the clocks as the monitor last recorded them, not as computed now (see the contract).
        Optional<Instant> dueBefore = request.hasDueBefore()
                ? instant("due_before", request.getDueBefore(), violations) : Optional.empty();
        var clockStatus = ProtoEnums.CLOCK_STATUS.optional(request.getClockStatus(), "clock_status", violations);
        Optional<PhoneNumber> complainantPhone = request.getComplainantPhoneNumber().isBlank()
                ? Optional.empty()
                : Optional.ofNullable(violations.check("complainant_phone_number",
                        () -> new PhoneNumber(request.getComplainantPhoneNumber())));
        Optional<AccountNumber> complainantAccount = request.getComplainantAccountNumber().isBlank()
                ? Optional.empty()
                : Optional.ofNullable(violations.check("complainant_account_number",
                        () -> new AccountNumber(request.getComplainantAccountNumber())));
        if (request.getView() == ComplaintView.UNRECOGNIZED) {
            violations.add("view", Text.FORMAT, "is not a known value");
        }
        String token = request.getPageToken();
        if (!violations.isEmpty()) {
            if (!token.isEmpty()) {
                // Broken filters cannot be matched against the token, but a broken token is reported now.
                violations.check(PageToken.FIELD, () -> {
                    PageToken.checkIssued(token);
                    return token;
                });
            }
            violations.throwIfAny();
        }
        var filter = new ComplaintFilter(state, utilityDomain, nature, severity, channel, orgUnit, after, before,
                leadDepartment, handler, dueBefore, clockStatus, complainantPhone, complainantAccount);
        Optional<PageCursor> cursor = token.isEmpty() ? Optional.empty() : Optional.of(PageToken.read(token, filter));
        return new ListComplaints.Query(filter, request.getPageSize(), cursor);
    }

    /**
     * Whether the complaints come with their clocks (AIP-157: BASIC unless FULL is asked for), as
     * computing them costs a timeline read per complaint. {@link #toQuery} has checked the value.
     */
    static boolean withClocks(ListComplaintsRequest request) {
        return request.getView() == ComplaintView.COMPLAINT_VIEW_FULL;
    }

    private static Optional<Instant> instant(String field, Timestamp timestamp, Violations violations) {
        return Optional.ofNullable(violations.check(field, () -> ProtoTime.toInstant(field, timestamp)));
    }
}
