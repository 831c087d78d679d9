package org.complaintdesk.adapters.postgres.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.calendar.CalendarYear;
import org.complaintdesk.application.calendar.StaleCalendarYearException;
import org.complaintdesk.domain.calendar.CalendarDay;
import org.complaintdesk.domain.calendar.DayKind;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two supervisors change the same year at the same moment: the database, not luck, decides that
 * exactly one change is stored, whole, whatever isolation level the connections run at.
 */
class ConcurrentCalendarReplacementTest {
    /** Races per isolation level: each may interleave differently. */
    private static final int ROUNDS = 5;
    private static final Instant AT = Instant.parse("2026-11-05T02:00:00Z");

    @BeforeEach
    void shippedCalendar() {
        TestDatabase.clear();
    }

    @ParameterizedTest(name = "at {0}")
    @ValueSource(strings = {"TRANSACTION_READ_COMMITTED", "TRANSACTION_REPEATABLE_READ", "TRANSACTION_SERIALIZABLE"})
    void of_two_replacements_of_one_version_exactly_one_is_stored(String isolation) throws Exception {
        try (HikariDataSource pool = TestDatabase.poolAt(isolation)) {
            var store = new PostgresCalendarStore(DSL.using(pool, SQLDialect.POSTGRES, new Settings().withRenderSchema(false)));
            for (int round = 0; round < ROUNDS; round++) {
                long version = store.find(2026).orElseThrow().version();
                HolidayArrangement chens = arrangement("2026-12-24");
                HolidayArrangement wus = arrangement("2026-12-25", "2026-12-26");

                List<Optional<CalendarYear>> outcomes = race(
                        () -> store.replace(chens, OptionalLong.of(version), new UserId("chen"), AT),
                        () -> store.replace(wus, OptionalLong.of(version), new UserId("wu"), AT));

                assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(1);
                CalendarYear winner = outcomes.stream().flatMap(Optional::stream).findFirst().orElseThrow();
                assertThat(store.find(2026)).contains(winner);
                assertThat(winner.version()).isEqualTo(version + 1);
            }
        }
    }

    @ParameterizedTest(name = "at {0}")
    @ValueSource(strings = {"TRANSACTION_READ_COMMITTED", "TRANSACTION_REPEATABLE_READ", "TRANSACTION_SERIALIZABLE"})
    void of_two_creations_of_one_year_exactly_one_is_stored(String isolation) throws Exception {
        try (HikariDataSource pool = TestDatabase.poolAt(isolation)) {
            var store = new PostgresCalendarStore(DSL.using(pool, SQLDialect.POSTGRES, new Settings().withRenderSchema(false)));
            for (int round = 0; round < ROUNDS; round++) {
                TestDatabase.restoreShippedCalendar();
                var chens = new HolidayArrangement(2027, List.of(day("2027-01-01")));
                var wus = new HolidayArrangement(2027, List.of(day("2027-01-01"), day("2027-01-02")));

                List<Optional<CalendarYear>> outcomes = race(
                        () -> store.replace(chens, OptionalLong.empty(), new UserId("chen"), AT),
                        () -> store.replace(wus, OptionalLong.empty(), new UserId("wu"), AT));

                assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(1);
                assertThat(store.find(2027)).isEqualTo(outcomes.stream().flatMap(Optional::stream).findFirst());
            }
        }
    }

    private static HolidayArrangement arrangement(String... dates) {
        return new HolidayArrangement(2026, java.util.Arrays.stream(dates).map(ConcurrentCalendarReplacementTest::day).toList());
    }

    private static CalendarDay day(String date) {
        return new CalendarDay(LocalDate.parse(date), DayKind.HOLIDAY, "Company day");
    }

    /** Runs both at once, as far as two threads released by one latch can; a stale one ends empty. */
    private static List<Optional<CalendarYear>> race(Supplier<CalendarYear> first, Supplier<CalendarYear> second)
            throws Exception {
        var start = new CountDownLatch(1);
        List<Future<Optional<CalendarYear>>> attempts = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (Supplier<CalendarYear> attempt : List.of(first, second)) {
                attempts.add(threads.submit(() -> {
                    start.await();
                    try {
                        return Optional.of(attempt.get());
                    } catch (StaleCalendarYearException stale) {
                        return Optional.<CalendarYear>empty();
                    }
                }));
            }
            start.countDown();
        }
        List<Optional<CalendarYear>> outcomes = new ArrayList<>();
        for (Future<Optional<CalendarYear>> attempt : attempts) {
            outcomes.add(attempt.get(10, TimeUnit.SECONDS));
        }
        return outcomes;
    }

}
