package org.complaintdesk.adapters.postgres.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.jooq.Tables.CALENDAR_DAY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.calendar.CalendarYear;
import org.complaintdesk.application.calendar.StaleCalendarYearException;
import org.complaintdesk.application.calendar.UpdateCalendarYear;
import org.complaintdesk.domain.calendar.CalendarDay;
import org.complaintdesk.domain.calendar.DayKind;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.calendar.OfficialArrangements;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresCalendarStoreTest {
    private static final UserId CHEN = new UserId("chen");
    private static final Instant AT = Instant.parse("2026-11-05T02:00:00.123456789Z");

    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresCalendarStore store = new PostgresCalendarStore(dsl);

    @BeforeEach
    void shippedCalendar() {
        TestDatabase.clear();
    }

    @Test
    void the_shipped_years_are_read_earliest_first_at_etag_1() {
        assertThat(store.all()).extracting(CalendarYear::arrangement).containsExactlyElementsOf(OfficialArrangements.shipped());
        assertThat(store.all()).extracting(CalendarYear::version).containsOnly(1L);
        assertThat(store.find(2026).map(CalendarYear::arrangement)).contains(OfficialArrangements.cn2026());
    }

    @Test
    void a_new_year_is_created_at_version_1_with_its_days_and_who_stored_it_when_to_the_microsecond() {
        HolidayArrangement with2027 = arrangement2027(holiday("2027-01-01"), makeUp("2026-12-26"));

        CalendarYear created = store.replace(with2027, OptionalLong.empty(), CHEN, AT);

        var expected = new CalendarYear(with2027, 1, Instant.parse("2026-11-05T02:00:00.123456Z"), CHEN);
        assertThat(created).isEqualTo(expected);
        assertThat(store.find(2027)).contains(expected);
        assertThat(store.all()).extracting(CalendarYear::year).containsExactly(2025, 2026, 2027);
    }

    @Test
    void a_replacement_at_the_expected_version_replaces_every_day_and_bumps_the_version() {
        var onlyNationalDay = new HolidayArrangement(2026, List.of(
                new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "National Day")));

        CalendarYear replaced = store.replace(onlyNationalDay, OptionalLong.of(1), CHEN, AT);

        assertThat(replaced.version()).isEqualTo(2);
        assertThat(store.find(2026).orElseThrow().arrangement()).isEqualTo(onlyNationalDay);
        assertThat(store.find(2026).orElseThrow().updatedBy()).isEqualTo(CHEN);
        assertThat(store.find(2025).orElseThrow().arrangement()).isEqualTo(OfficialArrangements.cn2025());
    }

    @Test
    void a_year_may_be_stored_without_days_and_is_read_back_so() {
        store.replace(new HolidayArrangement(2026, List.of()), OptionalLong.of(1), CHEN, AT);

        assertThat(store.find(2026).orElseThrow().arrangement().days()).isEmpty();
        assertThat(store.all()).extracting(CalendarYear::year).containsExactly(2025, 2026);
    }

    @Test
    void a_replacement_at_another_version_is_stale_and_writes_nothing() {
        store.replace(OfficialArrangements.cn2026(), OptionalLong.of(1), CHEN, AT);

        assertThatThrownBy(() -> store.replace(new HolidayArrangement(2026, List.of()), OptionalLong.of(1), CHEN, AT))
                .isInstanceOfSatisfying(StaleCalendarYearException.class, e -> {
                    assertThat(e.year()).isEqualTo(2026);
                    assertThat(e.expectedVersion()).hasValue(1);
                });
        assertThat(store.find(2026).orElseThrow().arrangement()).isEqualTo(OfficialArrangements.cn2026());
        assertThat(store.find(2026).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void creating_a_year_that_is_stored_already_is_stale_and_writes_nothing() {
        assertThatThrownBy(() -> store.replace(new HolidayArrangement(2026, List.of()), OptionalLong.empty(), CHEN, AT))
                .isInstanceOfSatisfying(StaleCalendarYearException.class, e -> assertThat(e.expectedVersion()).isEmpty());
        assertThat(store.find(2026).orElseThrow().arrangement()).isEqualTo(OfficialArrangements.cn2026());
    }

    @Test
    void a_date_that_another_year_declares_is_refused_by_the_database_and_nothing_is_written() {
        // 2026-10-10 belongs to the 2026 notice; a store call that skipped the use case's check.
        HolidayArrangement clash = arrangement2027(holiday("2027-01-01"), makeUp("2026-10-10"));

        assertThatThrownBy(() -> store.replace(clash, OptionalLong.empty(), CHEN, AT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule())
                        .isEqualTo(UpdateCalendarYear.DATE_OF_ANOTHER_YEAR));
        assertThat(store.find(2027)).isEmpty();
        assertThat(dsl.fetchCount(CALENDAR_DAY, CALENDAR_DAY.DAY.eq(LocalDate.of(2027, 1, 1)))).isZero();
    }

    @Test
    void clearing_the_test_database_puts_the_shipped_calendar_back() {
        store.replace(new HolidayArrangement(2026, List.of()), OptionalLong.of(1), CHEN, AT);
        store.replace(arrangement2027(holiday("2027-01-01")), OptionalLong.empty(), CHEN, AT);

        TestDatabase.clear();

        assertThat(store.all()).extracting(CalendarYear::arrangement).containsExactlyElementsOf(OfficialArrangements.shipped());
        assertThat(store.all()).extracting(CalendarYear::version).containsOnly(1L);
    }

    private static HolidayArrangement arrangement2027(CalendarDay... days) {
        return new HolidayArrangement(2027, List.of(days));
    }

    private static CalendarDay holiday(String date) {
        return new CalendarDay(LocalDate.parse(date), DayKind.HOLIDAY, "New Year's Day");
    }

    private static CalendarDay makeUp(String date) {
        return new CalendarDay(LocalDate.parse(date), DayKind.MAKE_UP_WORKING_DAY, "New Year's Day");
    }
}
