package org.complaintdesk.adapters.postgres.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The last line of defence: rows the domain would never write are refused by the database too. */
class CalendarConstraintsTest {
    private final DSLContext dsl = TestDatabase.dsl();

    @BeforeEach
    void shippedCalendar() {
        TestDatabase.clear();
    }

    @Test
    void a_make_up_working_day_on_a_weekday_is_refused() {
        // 2026-10-09 is a Friday.
        assertRefused("insert into calendar_day values (date '2026-10-09', 2026, 'MAKE_UP_WORKING_DAY', 'National Day')",
                "calendar_day_make_up_on_weekend");
    }

    @Test
    void an_unknown_kind_of_day_is_refused() {
        assertRefused("insert into calendar_day values (date '2026-12-24', 2026, 'HALF_DAY', 'Christmas Eve')",
                "calendar_day_kind_known");
    }

    @Test
    void a_date_more_than_a_year_from_its_arrangement_is_refused() {
        assertRefused("insert into calendar_day values (date '2024-12-31', 2026, 'HOLIDAY', 'New Year''s Eve')",
                "calendar_day_near_year");
    }

    @Test
    void a_day_of_a_year_that_has_no_arrangement_is_refused() {
        assertRefused("insert into calendar_day values (date '2030-01-01', 2030, 'HOLIDAY', 'New Year''s Day')",
                "calendar_day_year_fkey");
    }

    @Test
    void a_date_is_declared_by_one_year_only() {
        assertRefused("insert into calendar_day values (date '2026-10-01', 2026, 'HOLIDAY', 'National Day')",
                "calendar_day_pkey");
    }

    private void assertRefused(String sql, String constraint) {
        assertThatThrownBy(() -> dsl.execute(sql))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining(constraint);
    }
}
