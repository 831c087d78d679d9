package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.grpc.CalendarRequests.create;
import static org.complaintdesk.adapters.grpc.CalendarRequests.date;
import static org.complaintdesk.adapters.grpc.CalendarRequests.holiday;
import static org.complaintdesk.adapters.grpc.CalendarRequests.makeUpDay;
import static org.complaintdesk.adapters.grpc.CalendarRequests.replace;
import static org.complaintdesk.adapters.grpc.InProcessDesk.failure;

import com.google.rpc.ErrorInfo;
import com.google.rpc.ResourceInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.io.IOException;
import org.complaintdesk.api.v1.CalendarDay;
import org.complaintdesk.api.v1.CalendarYear;
import org.complaintdesk.api.v1.GetCalendarYearRequest;
import org.complaintdesk.api.v1.ListCalendarYearsRequest;
import org.complaintdesk.api.v1.ListCalendarYearsResponse;
import org.complaintdesk.api.v1.UpdateCalendarYearRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and replacing calendar years through the real gRPC stack, in process, over the shipped calendar in memory. */
class CalendarYearGrpcTest {
    private InProcessCalendar calendar;

    @BeforeEach
    void start() throws IOException {
        calendar = new InProcessCalendar();
    }

    @AfterEach
    void stop() throws InterruptedException {
        calendar.close();
    }

    @Test
    void a_shipped_year_is_read_by_its_name_without_identity_with_its_days_in_date_order() {
        CalendarYear year = get("calendarYears/2026");

        assertThat(year.getName()).isEqualTo("calendarYears/2026");
        assertThat(year.getYear()).isEqualTo(2026);
        assertThat(year.getEtag()).isEqualTo("1");
        assertThat(year.getUpdatedBy()).isEqualTo("migration:V3");
        assertThat(year.getUpdateTime()).isEqualTo(Requests.timestamp(InProcessCalendar.SHIPPED_AT));
        // 33 days off and 6 make-up working days (calendar-cn.md).
        assertThat(year.getDaysList()).hasSize(39);
        assertThat(year.getDays(0)).isEqualTo(holiday(date(2026, 1, 1), "New Year's Day"));
        assertThat(year.getDays(3)).isEqualTo(makeUpDay(date(2026, 1, 4), "New Year's Day"));
    }

    @Test
    void a_year_without_an_arrangement_is_not_found() {
        StatusRuntimeException refused = failure(() -> get("calendarYears/2031"));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        ResourceInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ResourceInfo.class);
        assertThat(info.getResourceType()).isEqualTo("complaintdesk.example.com/CalendarYear");
        assertThat(info.getResourceName()).isEqualTo("calendarYears/2031");
    }

    @ParameterizedTest
    @ValueSource(strings = {"calendarYears/26", "calendarYears/+2026", "calendarYear/2026", "2026"})
    void a_name_that_is_not_a_calendar_year_is_refused(String name) {
        StatusRuntimeException refused = failure(() -> get(name));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactly("name FORMAT");
    }

    @Test
    void the_years_are_listed_earliest_first_a_page_at_a_time() {
        var reader = calendar.reader();

        ListCalendarYearsResponse first = reader.listCalendarYears(ListCalendarYearsRequest.newBuilder().setPageSize(1).build());
        ListCalendarYearsResponse second = reader.listCalendarYears(ListCalendarYearsRequest.newBuilder()
                .setPageSize(1).setPageToken(first.getNextPageToken()).build());

        assertThat(first.getCalendarYearsList()).extracting(CalendarYear::getYear).containsExactly(2025);
        assertThat(first.getNextPageToken()).isNotEmpty();
        assertThat(second.getCalendarYearsList()).extracting(CalendarYear::getYear).containsExactly(2026);
        assertThat(second.getNextPageToken()).isEmpty();
    }

    @Test
    void a_page_token_this_server_did_not_issue_and_a_negative_page_size_are_refused_together() {
        StatusRuntimeException refused = failure(() -> calendar.reader().listCalendarYears(
                ListCalendarYearsRequest.newBuilder().setPageSize(-1).setPageToken("not-a-token").build()));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactlyInAnyOrder("page_token FORMAT", "page_size NEGATIVE");
    }

    @Test
    void an_administrator_stores_a_year_not_yet_stored_with_allow_missing() {
        CalendarYear created = calendar.administrator().updateCalendarYear(create("calendarYears/2027",
                holiday(date(2027, 1, 1), "New Year's Day"))).getCalendarYear();

        assertThat(created.getEtag()).isEqualTo("1");
        assertThat(created.getUpdatedBy()).isEqualTo("admin-1");
        assertThat(created.getUpdateTime()).isEqualTo(Requests.timestamp(Requests.NOW));
        assertThat(get("calendarYears/2027")).isEqualTo(created);
    }

    @Test
    void a_replacement_on_the_current_etag_replaces_every_day_of_the_year() {
        CalendarDay only = holiday(date(2026, 10, 1), "National Day");

        CalendarYear replaced = calendar.administrator()
                .updateCalendarYear(replace("calendarYears/2026", "1", only)).getCalendarYear();

        assertThat(replaced.getEtag()).isEqualTo("2");
        assertThat(get("calendarYears/2026").getDaysList()).containsExactly(only);
        // The monitor is asked to time every running complaint anew, once every instance has re-read
        // the calendar (60 seconds here).
        assertThat(calendar.watch.attendAllRunningRequests()).containsExactly(Requests.NOW.plusSeconds(60));
    }

    @Test
    void a_replacement_on_a_stale_etag_is_aborted_with_the_current_etag() {
        calendar.administrator().updateCalendarYear(replace("calendarYears/2026", "1"));

        StatusRuntimeException refused = failure(() -> calendar.administrator().updateCalendarYear(
                replace("calendarYears/2026", "1", holiday(date(2026, 10, 1), "National Day"))));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("ETAG_MISMATCH");
        assertThat(info.getMetadataMap()).containsEntry("current_etag", "2");
    }

    @Test
    void creating_a_year_that_is_stored_already_is_aborted() {
        StatusRuntimeException refused = failure(() -> calendar.administrator().updateCalendarYear(
                create("calendarYears/2026")));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getMetadataMap())
                .containsEntry("current_etag", "1");
    }

    @Test
    void a_handler_may_not_change_the_calendar() {
        StatusRuntimeException refused = failure(() -> calendar.as("li", "HANDLER", "gridco/east/metering")
                .updateCalendarYear(create("calendarYears/2027")));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("ROLE_NOT_PERMITTED");
        assertThat(info.getMetadataMap())
                .containsEntry("role", "HANDLER")
                .containsEntry("permitted_roles", "SYSTEM,ADMINISTRATOR");
        assertThat(calendar.store.find(2027)).isEmpty();
    }

    @Test
    void a_change_without_the_identity_headers_is_unauthenticated() {
        StatusRuntimeException refused = failure(() -> calendar.as("admin-1", "ADMINISTRATOR", null)
                .updateCalendarYear(create("calendarYears/2027")));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getMetadataMap())
                .containsEntry("header", "x-org-unit");
    }

    @Test
    void every_bad_entry_is_reported_at_once_under_its_place_in_the_request() {
        UpdateCalendarYearRequest request = replace("calendarYears/2027", "",
                holiday(date(2027, 1, 1), "New Year's Day"),
                CalendarDay.newBuilder().setKind(CalendarDay.Kind.KIND_HOLIDAY).setHoliday("Spring Festival").build(),
                makeUpDay(date(2027, 1, 8), "New Year's Day"),
                CalendarDay.newBuilder().setDate(date(2027, 2, 6)).setHoliday(" ").build(),
                holiday(date(2027, 1, 1), "New Year's Day"),
                holiday(date(2029, 1, 1), "New Year's Day"),
                holiday(date(2027, 2, 30), "Spring Festival"));

        StatusRuntimeException refused = failure(() -> calendar.administrator().updateCalendarYear(request));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactlyInAnyOrder(
                "calendar_year.etag REQUIRED",
                "calendar_year.days[1].date REQUIRED",
                "calendar_year.days[2].date MAKE_UP_DAY_ON_WEEKDAY",
                "calendar_year.days[3].kind REQUIRED",
                "calendar_year.days[3].holiday REQUIRED",
                "calendar_year.days[4].date DATE_DECLARED_TWICE",
                "calendar_year.days[5].date DATE_OUTSIDE_YEAR",
                "calendar_year.days[6].date FORMAT");
    }

    @Test
    void a_make_up_day_on_a_weekday_without_a_holiday_name_is_refused_naming_both_rules_at_once() {
        // 2027-01-08 is a Friday.
        StatusRuntimeException refused = failure(() -> calendar.administrator().updateCalendarYear(create(
                "calendarYears/2027", makeUpDay(date(2027, 1, 8), " "))));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactlyInAnyOrder(
                "calendar_year.days[0].holiday REQUIRED",
                "calendar_year.days[0].date MAKE_UP_DAY_ON_WEEKDAY");
    }

    @Test
    void a_date_declared_twice_is_reported_with_a_name_outside_the_years_the_calendar_keeps() {
        StatusRuntimeException refused = failure(() -> calendar.administrator().updateCalendarYear(create(
                "calendarYears/1999", holiday(date(2027, 1, 1), "New Year's Day"), holiday(date(2027, 1, 1), "New Year's Day"))));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactlyInAnyOrder(
                "calendar_year.name OUT_OF_RANGE",
                "calendar_year.days[1].date DATE_DECLARED_TWICE");
    }

    @Test
    void a_name_outside_the_years_the_calendar_keeps_is_refused_on_the_name() {
        StatusRuntimeException refused = failure(() -> calendar.administrator().updateCalendarYear(create("calendarYears/1999")));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactly("calendar_year.name OUT_OF_RANGE");
    }

    @Test
    void a_date_that_another_year_declares_is_refused_on_the_days() {
        // 2026-10-10 is a make-up Saturday of the 2026 notice.
        StatusRuntimeException refused = failure(() -> calendar.administrator().updateCalendarYear(create(
                "calendarYears/2027", makeUpDay(date(2026, 10, 10), "National Day"))));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactly("calendar_year.days DATE_DECLARED_BY_ANOTHER_YEAR");
    }

    private CalendarYear get(String name) {
        return calendar.reader().getCalendarYear(GetCalendarYearRequest.newBuilder().setName(name).build())
                .getCalendarYear();
    }
}
