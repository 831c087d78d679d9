package org.complaintdesk.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.complaintdesk.application.testing.InMemoryCalendarStore;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.calendar.OfficialArrangements;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

/** Reading the stored calendar: one year, and the years a page at a time. */
class CalendarQueriesTest {
    private static final Instant SHIPPED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private final InMemoryCalendarStore store = InMemoryCalendarStore.shipped(SHIPPED_AT);
    private final GetCalendarYear get = new GetCalendarYear(store);
    private final ListCalendarYears list = new ListCalendarYears(store);

    @Test
    void a_shipped_year_is_read_with_its_etag_and_who_stored_it() {
        CalendarYear year = get.execute(2026);

        assertThat(year.arrangement()).isEqualTo(OfficialArrangements.cn2026());
        assertThat(year.version()).isEqualTo(1);
        assertThat(year.updatedBy()).isEqualTo(InMemoryCalendarStore.SHIPPED_BY);
    }

    @Test
    void a_year_without_an_arrangement_is_not_found() {
        assertThatThrownBy(() -> get.execute(2031))
                .isInstanceOfSatisfying(CalendarYearNotFoundException.class, e -> assertThat(e.rule())
                        .isEqualTo("CALENDAR_YEAR_NOT_FOUND"));
    }

    @Test
    void the_years_are_listed_earliest_first_a_page_at_a_time() {
        store.replace(new HolidayArrangement(2027, List.of()), OptionalLong.empty(), new UserId("chen"), SHIPPED_AT);

        ListCalendarYears.Page first = list.execute(new ListCalendarYears.Query(2, OptionalInt.empty()));
        ListCalendarYears.Page second = list.execute(new ListCalendarYears.Query(2, first.nextAfterYear()));

        assertThat(first.years()).extracting(CalendarYear::year).containsExactly(2025, 2026);
        assertThat(first.nextAfterYear()).hasValue(2026);
        assertThat(second.years()).extracting(CalendarYear::year).containsExactly(2027);
        assertThat(second.nextAfterYear()).isEmpty();
    }

    @Test
    void a_page_size_of_0_means_the_default_and_a_page_that_holds_everything_is_the_last() {
        ListCalendarYears.Page page = list.execute(new ListCalendarYears.Query(0, OptionalInt.empty()));

        assertThat(page.years()).hasSize(2);
        assertThat(page.nextAfterYear()).isEmpty();
    }
}
