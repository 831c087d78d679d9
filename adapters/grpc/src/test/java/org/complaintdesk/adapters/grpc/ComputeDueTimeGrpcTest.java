package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.grpc.CalendarRequests.create;
import static org.complaintdesk.adapters.grpc.CalendarRequests.date;
import static org.complaintdesk.adapters.grpc.CalendarRequests.holiday;
import static org.complaintdesk.adapters.grpc.InProcessDesk.failure;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.io.IOException;
import java.time.Instant;
import org.complaintdesk.api.v1.ComputeDueTimeRequest;
import org.complaintdesk.api.v1.ComputeDueTimeResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Counting working days for hotline agents, through the real gRPC stack, in process. */
class ComputeDueTimeGrpcTest {
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
    void a_letter_received_on_a_friday_is_due_by_the_end_of_the_next_friday() {
        // calendar-cn.md: Friday 2026-03-06, 15:00 in Shanghai; 5 working days.
        ComputeDueTimeResponse due = compute("2026-03-06T07:00:00Z", 5);

        assertThat(due.getLastWorkingDay()).isEqualTo(date(2026, 3, 13));
        assertThat(due.getDueTime()).isEqualTo(Requests.timestamp(Instant.parse("2026-03-13T16:00:00Z")));
        assertThat(due.getUnknownYearsList()).isEmpty();
        assertThat(due.getProvisional()).isFalse();
    }

    @Test
    void a_period_into_a_year_without_an_arrangement_is_provisional_until_that_year_is_stored() {
        ComputeDueTimeResponse before = compute("2026-12-28T02:00:00Z", 5);
        assertThat(before.getLastWorkingDay()).isEqualTo(date(2027, 1, 4));
        assertThat(before.getUnknownYearsList()).containsExactly(2027);
        assertThat(before.getProvisional()).isTrue();

        calendar.administrator().updateCalendarYear(create("calendarYears/2027", holiday(date(2027, 1, 1), "New Year's Day")));

        ComputeDueTimeResponse after = compute("2026-12-28T02:00:00Z", 5);
        assertThat(after.getLastWorkingDay()).as("New Year's Day no longer counts").isEqualTo(date(2027, 1, 5));
        assertThat(after.getProvisional()).isFalse();
    }

    @Test
    void a_missing_start_and_a_period_of_no_working_days_are_refused_together() {
        StatusRuntimeException refused = failure(() -> calendar.reader().computeDueTime(
                ComputeDueTimeRequest.newBuilder().setWorkingDays(0).build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactlyInAnyOrder("start_time REQUIRED", "working_days OUT_OF_RANGE");
    }

    private ComputeDueTimeResponse compute(String start, int workingDays) {
        return calendar.reader().computeDueTime(ComputeDueTimeRequest.newBuilder()
                .setStartTime(Requests.timestamp(Instant.parse(start)))
                .setWorkingDays(workingDays)
                .build());
    }
}
