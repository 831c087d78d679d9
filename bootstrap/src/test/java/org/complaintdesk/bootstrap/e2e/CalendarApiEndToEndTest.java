package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.complaintdesk.bootstrap.e2e.ApiClient.details;
import static org.complaintdesk.bootstrap.e2e.ApiClient.timestamp;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import com.google.type.Date;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.CalendarDay;
import org.complaintdesk.api.v1.CalendarServiceGrpc;
import org.complaintdesk.api.v1.CalendarYear;
import org.complaintdesk.api.v1.ComputeDueTimeRequest;
import org.complaintdesk.api.v1.ComputeDueTimeResponse;
import org.complaintdesk.api.v1.GetCalendarYearRequest;
import org.complaintdesk.api.v1.ListCalendarYearsRequest;
import org.complaintdesk.api.v1.UpdateCalendarYearRequest;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The working-day calendar through a real Netty gRPC server on a real PostgreSQL: the shipped
 * years, a new year's notice arriving at run time, and its effect on counting working days, in
 * this instance at once and in another one after its refresh interval.
 */
class CalendarApiEndToEndTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 2026-12-28, 10:00 in Shanghai: five working days reach into 2027. */
    private static final Instant LAST_MONDAY_OF_2026 = Instant.parse("2026-12-28T02:00:00Z");

    private ComplaintDesk desk;
    private ApiClient client;

    /** A service per test: each instance keeps the calendar it read, which must not outlive the test's data. */
    @BeforeEach
    void startOnTheShippedCalendar() {
        TestDatabase.clear();
        desk = ComplaintDesk.startOn(TestDatabase.database(), ComplaintDesk.serviceClock(SHANGHAI), 0);
        client = new ApiClient(desk);
    }

    @AfterEach
    void stopService() throws InterruptedException {
        client.close();
        desk.close();
    }

    @Test
    void the_official_2026_arrangement_is_served_from_the_database_the_service_migrated() {
        CalendarYear year2026 = reader().getCalendarYear(GetCalendarYearRequest.newBuilder()
                .setName("calendarYears/2026").build()).getCalendarYear();

        assertThat(year2026.getEtag()).isEqualTo("1");
        assertThat(year2026.getUpdatedBy()).isEqualTo("migration:V3");
        assertThat(year2026.getDaysList()).filteredOn(day -> day.getKind() == CalendarDay.Kind.KIND_HOLIDAY).hasSize(33);
        assertThat(year2026.getDaysList()).contains(CalendarDay.newBuilder().setDate(date(2026, 10, 10))
                .setKind(CalendarDay.Kind.KIND_MAKE_UP_WORKING_DAY).setHoliday("National Day").build());
        assertThat(reader().listCalendarYears(ListCalendarYearsRequest.getDefaultInstance()).getCalendarYearsList())
                .extracting(CalendarYear::getYear).containsExactly(2025, 2026);
        assertThat(HealthGrpc.newBlockingStub(client.channel).check(HealthCheckRequest.newBuilder()
                .setService(CalendarServiceGrpc.SERVICE_NAME).build()).getStatus())
                .isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    @Test
    void a_new_years_notice_stored_by_a_supervisor_counts_in_due_times_at_once() {
        ComputeDueTimeResponse before = dueTime(reader(), LAST_MONDAY_OF_2026, 5);
        assertThat(before.getLastWorkingDay()).isEqualTo(date(2027, 1, 4));
        assertThat(before.getUnknownYearsList()).containsExactly(2027);

        CalendarYear created = administrator().updateCalendarYear(newYear2027()).getCalendarYear();

        assertThat(created.getEtag()).isEqualTo("1");
        assertThat(created.getUpdatedBy()).isEqualTo("admin-1");
        ComputeDueTimeResponse after = dueTime(reader(), LAST_MONDAY_OF_2026, 5);
        assertThat(after.getLastWorkingDay()).isEqualTo(date(2027, 1, 5));
        assertThat(after.getDueTime()).isEqualTo(timestamp(Instant.parse("2027-01-05T16:00:00Z")));
        assertThat(after.getProvisional()).isFalse();
    }

    @Test
    void a_change_based_on_a_stale_etag_is_refused_and_the_newer_change_stays() {
        CalendarDay nationalDay = holiday(date(2026, 10, 1), "National Day");
        administrator().updateCalendarYear(replace2026("1", nationalDay));

        StatusRuntimeException refused = failure(() -> administrator().updateCalendarYear(replace2026("1")));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
        assertThat(errorInfo(refused).getReason()).isEqualTo("ETAG_MISMATCH");
        CalendarYear stored = reader().getCalendarYear(GetCalendarYearRequest.newBuilder()
                .setName("calendarYears/2026").build()).getCalendarYear();
        assertThat(stored.getEtag()).isEqualTo("2");
        assertThat(stored.getDaysList()).containsExactly(nationalDay);
    }

    @Test
    void an_agent_may_not_change_the_calendar() {
        StatusRuntimeException refused = failure(() -> client.calendar("agent-007", "AGENT", "gridco/east")
                .updateCalendarYear(newYear2027()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(errorInfo(refused).getReason()).isEqualTo("ROLE_NOT_PERMITTED");
        assertThat(failure(() -> reader().getCalendarYear(GetCalendarYearRequest.newBuilder()
                .setName("calendarYears/2027").build())).getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void another_instance_counts_the_change_once_its_refresh_interval_has_passed() throws InterruptedException {
        var clock = new MovableClock(Instant.parse("2026-11-05T02:00:00Z"), SHANGHAI);
        try (ComplaintDesk other = ComplaintDesk.startOn(TestDatabase.database(), clock, 0, HandlingPolicy.defaults(),
                Duration.ofSeconds(60));
             ApiClient otherClient = new ApiClient(other)) {
            var otherReader = otherClient.calendar("hotline-tool", null, null);
            assertThat(dueTime(otherReader, LAST_MONDAY_OF_2026, 5).getProvisional()).isTrue();

            administrator().updateCalendarYear(newYear2027());

            clock.advance(Duration.ofSeconds(59));
            assertThat(dueTime(otherReader, LAST_MONDAY_OF_2026, 5).getProvisional()).as("within the interval").isTrue();
            clock.advance(Duration.ofSeconds(1));
            assertThat(dueTime(otherReader, LAST_MONDAY_OF_2026, 5).getLastWorkingDay()).isEqualTo(date(2027, 1, 5));
        }
    }

    private CalendarServiceGrpc.CalendarServiceBlockingStub reader() {
        return client.calendar("hotline-tool", null, null);
    }

    private CalendarServiceGrpc.CalendarServiceBlockingStub administrator() {
        return client.calendar("admin-1", "ADMINISTRATOR", "gridco");
    }

    private static UpdateCalendarYearRequest newYear2027() {
        return UpdateCalendarYearRequest.newBuilder()
                .setCalendarYear(CalendarYear.newBuilder().setName("calendarYears/2027")
                        .addDays(holiday(date(2027, 1, 1), "New Year's Day")))
                .setAllowMissing(true)
                .build();
    }

    private static UpdateCalendarYearRequest replace2026(String etag, CalendarDay... days) {
        return UpdateCalendarYearRequest.newBuilder()
                .setCalendarYear(CalendarYear.newBuilder().setName("calendarYears/2026").setEtag(etag)
                        .addAllDays(java.util.List.of(days)))
                .build();
    }

    private static ComputeDueTimeResponse dueTime(CalendarServiceGrpc.CalendarServiceBlockingStub stub, Instant start,
                                                  int workingDays) {
        return stub.computeDueTime(ComputeDueTimeRequest.newBuilder()
                .setStartTime(timestamp(start)).setWorkingDays(workingDays).build());
    }

    private static CalendarDay holiday(Date date, String holiday) {
        return CalendarDay.newBuilder().setDate(date).setKind(CalendarDay.Kind.KIND_HOLIDAY).setHoliday(holiday).build();
    }

    private static Date date(int year, int month, int day) {
        return Date.newBuilder().setYear(year).setMonth(month).setDay(day).build();
    }

    private static StatusRuntimeException failure(Runnable call) {
        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(refused).as("the call should have failed").isNotNull();
        return refused;
    }

    private static ErrorInfo errorInfo(StatusRuntimeException refused) {
        try {
            for (Any detail : details(refused).getDetailsList()) {
                if (detail.is(ErrorInfo.class)) {
                    return detail.unpack(ErrorInfo.class);
                }
            }
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no ErrorInfo in " + refused);
    }
}
