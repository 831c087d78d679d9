package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.ClockStatus;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.ListComplaints;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ListQueryMapperTest {
    private static final Instant NOVEMBER = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DECEMBER = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void an_empty_request_lists_everything_from_the_start_with_the_default_page() {
        ListComplaints.Query query = ListQueryMapper.toQuery(ListComplaintsRequest.getDefaultInstance());

        assertThat(query.filter()).isEqualTo(ComplaintFilter.ALL);
        assertThat(query.pageSize()).isZero();
        assertThat(query.after()).isEmpty();
    }

    @Test
    void every_filter_is_passed_to_the_use_case() {
        ListComplaints.Query query = ListQueryMapper.toQuery(ListComplaintsRequest.newBuilder()
                .setPageSize(20)
                .setState(Complaint.State.STATE_REGISTERED)
                .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_GAS)
                .setNature(Nature.NATURE_SAFETY)
                .setSeverity(Severity.SEVERITY_LEVEL_1)
                .setChannel(Channel.CHANNEL_MEDIA)
                .setOrgUnit("gas/west")
                .setReceiveTimeAfter(Requests.timestamp(NOVEMBER))
                .setReceiveTimeBefore(Requests.timestamp(DECEMBER))
                .setLeadDepartment("gas/west/network")
                .setHandler("handler-9")
                .setDueBefore(Requests.timestamp(DECEMBER))
                .setClockStatus(ClockStatus.CLOCK_STATUS_WARNING)
                .build());

        assertThat(query.pageSize()).isEqualTo(20);
        assertThat(query.filter()).isEqualTo(new ComplaintFilter(
                Optional.of(ComplaintState.REGISTERED),
                Optional.of(org.complaintdesk.domain.complaint.UtilityDomain.GAS),
                Optional.of(org.complaintdesk.domain.complaint.Nature.SAFETY),
                Optional.of(org.complaintdesk.domain.complaint.Severity.LEVEL_1),
                Optional.of(org.complaintdesk.domain.complaint.Channel.MEDIA),
                Optional.of(new OrgUnitId("gas/west")),
                Optional.of(NOVEMBER),
                Optional.of(DECEMBER),
                Optional.of(new OrgUnitId("gas/west/network")),
                Optional.of(new org.complaintdesk.domain.organisation.UserId("handler-9")),
                Optional.of(DECEMBER),
                Optional.of(org.complaintdesk.domain.deadline.ClockStatus.WARNING)));
    }

    @Test
    void a_complainant_is_looked_up_by_phone_and_account_number_in_normal_form() {
        ComplaintFilter filter = ListQueryMapper.toQuery(ListComplaintsRequest.newBuilder()
                .setComplainantPhoneNumber("+86 137 1234 5679")
                .setComplainantAccountNumber("gx-8842-7719")
                .build()).filter();

        assertThat(filter).isEqualTo(ComplaintFilter.ALL
                .withComplainantPhone(new PhoneNumber("13712345679"))
                .withComplainantAccountNumber(new AccountNumber("GX-8842-7719")));
    }

    @Test
    void a_malformed_phone_or_account_filter_is_named_without_its_value() {
        assertThatThrownBy(() -> ListQueryMapper.toQuery(ListComplaintsRequest.newBuilder()
                .setComplainantPhoneNumber("99999")
                .setComplainantAccountNumber("#1")
                .build()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field())
                        .containsExactlyInAnyOrder("complainant_phone_number", "complainant_account_number"))
                .hasMessageNotContaining("99999");
    }

    @Test
    void the_clock_filters_select_by_each_status_and_by_due_time() {
        assertThat(ListQueryMapper.toQuery(ListComplaintsRequest.newBuilder()
                .setDueBefore(Requests.timestamp(NOVEMBER)).build()).filter())
                .isEqualTo(ComplaintFilter.ALL.withDueBefore(NOVEMBER));
        assertThat(ListQueryMapper.toQuery(ListComplaintsRequest.newBuilder()
                .setClockStatus(ClockStatus.CLOCK_STATUS_ON_TIME).build()).filter().clockStatus())
                .contains(org.complaintdesk.domain.deadline.ClockStatus.ON_TIME);
        assertThat(ListQueryMapper.toQuery(ListComplaintsRequest.newBuilder()
                .setClockStatus(ClockStatus.CLOCK_STATUS_BREACHED).build()).filter())
                .isEqualTo(ComplaintFilter.ALL.withClockStatus(org.complaintdesk.domain.deadline.ClockStatus.BREACHED));
        assertThat(ListQueryMapper.toQuery(ListComplaintsRequest.newBuilder()
                .setClockStatus(ClockStatus.CLOCK_STATUS_UNSPECIFIED).build()).filter())
                .isEqualTo(ComplaintFilter.ALL);
    }

    @Test
    void a_clock_status_this_server_does_not_know_is_refused() {
        assertViolations(ListComplaintsRequest.newBuilder().setClockStatusValue(42).build(), "clock_status FORMAT");
    }

    @Test
    void a_page_token_holds_to_the_clock_filters_it_was_issued_for() {
        var cursor = new PageCursor(NOVEMBER, new ComplaintId(UUID.randomUUID()));
        var breached = ComplaintFilter.ALL.withClockStatus(org.complaintdesk.domain.deadline.ClockStatus.BREACHED)
                .withDueBefore(DECEMBER);
        String token = PageToken.issue(cursor, breached);

        assertThat(ListQueryMapper.toQuery(ListComplaintsRequest.newBuilder()
                .setClockStatus(ClockStatus.CLOCK_STATUS_BREACHED).setDueBefore(Requests.timestamp(DECEMBER))
                .setPageToken(token).build()).after()).contains(cursor);
        assertViolations(ListComplaintsRequest.newBuilder()
                        .setClockStatus(ClockStatus.CLOCK_STATUS_WARNING).setDueBefore(Requests.timestamp(DECEMBER))
                        .setPageToken(token).build(),
                "page_token PAGE_TOKEN_FILTER_MISMATCH");
        assertViolations(ListComplaintsRequest.newBuilder()
                        .setClockStatus(ClockStatus.CLOCK_STATUS_BREACHED).setPageToken(token).build(),
                "page_token PAGE_TOKEN_FILTER_MISMATCH");
    }

    @Test
    void a_page_token_continues_where_its_page_ended() {
        var cursor = new PageCursor(NOVEMBER, new ComplaintId(UUID.randomUUID()));
        var filter = ComplaintFilter.ALL.withOrgUnit(new OrgUnitId("gas/west"));

        ListComplaints.Query query = ListQueryMapper.toQuery(ListComplaintsRequest.newBuilder()
                .setOrgUnit("gas/west")
                .setPageToken(PageToken.issue(cursor, filter))
                .setPageSize(7)
                .build());

        assertThat(query.after()).contains(cursor);
    }

    @Test
    void a_page_token_from_other_filters_is_refused() {
        var token = PageToken.issue(new PageCursor(NOVEMBER, new ComplaintId(UUID.randomUUID())), ComplaintFilter.ALL);

        assertViolations(ListComplaintsRequest.newBuilder().setOrgUnit("gas/west").setPageToken(token).build(),
                "page_token PAGE_TOKEN_FILTER_MISMATCH");
    }

    @Test
    void every_broken_rule_of_a_list_request_is_reported_at_once() {
        assertViolations(ListComplaintsRequest.newBuilder()
                        .setPageSize(-1)
                        .setNatureValue(99)
                        .setOrgUnit("/root")
                        .setReceiveTimeAfter(Requests.timestamp(DECEMBER))
                        .setReceiveTimeBefore(Requests.timestamp(NOVEMBER))
                        .setPageToken("garbage")
                        .setClockStatusValue(9)
                        .build(),
                "page_size NEGATIVE",
                "nature FORMAT",
                "org_unit FORMAT",
                "receive_time_before EMPTY_TIME_RANGE",
                "clock_status FORMAT",
                "page_token FORMAT");
    }

    @Test
    void a_time_range_that_ends_where_it_starts_is_empty_and_refused() {
        assertViolations(ListComplaintsRequest.newBuilder()
                        .setReceiveTimeAfter(Requests.timestamp(NOVEMBER))
                        .setReceiveTimeBefore(Requests.timestamp(NOVEMBER))
                        .build(),
                "receive_time_before EMPTY_TIME_RANGE");
    }

    private static void assertViolations(ListComplaintsRequest request, String... expected) {
        assertThatThrownBy(() -> ListQueryMapper.toQuery(request))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.field() + " " + v.rule())
                        .containsExactlyInAnyOrder(expected));
    }
}
