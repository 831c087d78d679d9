package org.complaintdesk.adapters.postgres.calendar;

import static org.complaintdesk.adapters.postgres.jooq.Tables.CALENDAR_DAY;
import static org.complaintdesk.adapters.postgres.jooq.Tables.CALENDAR_YEAR;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.complaintdesk.adapters.postgres.PostgresErrors;
import org.complaintdesk.adapters.postgres.jooq.Keys;
import org.complaintdesk.application.calendar.CalendarYear;
import org.complaintdesk.application.calendar.StaleCalendarYearException;
import org.complaintdesk.application.calendar.UpdateCalendarYear;
import org.complaintdesk.application.port.out.CalendarStore;
import org.complaintdesk.domain.calendar.CalendarDay;
import org.complaintdesk.domain.calendar.DayKind;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** The official arrangements, one row per year in {@code calendar_year} and one per declared date in {@code calendar_day}. */
public final class PostgresCalendarStore implements CalendarStore {
    private final DSLContext dsl;

    public PostgresCalendarStore(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public List<CalendarYear> all() {
        return read(DSL.noCondition());
    }

    @Override
    public Optional<CalendarYear> find(int year) {
        return read(CALENDAR_YEAR.YEAR.eq(year)).stream().findFirst();
    }

    /**
     * Bumps the year's version (or creates the year) and writes its days anew, in one transaction.
     * The conditional write decides a race: of two replacements on the same version, the second
     * waits on the year's row, then matches no row (READ COMMITTED) or fails to serialise
     * (REPEATABLE READ, SERIALIZABLE); of two creations, the second waits on the key, then
     * inserts nothing. Either way it is stale and writes nothing.
     */
    @Override
    public CalendarYear replace(HolidayArrangement arrangement, OptionalLong expectedVersion, UserId by, Instant at) {
        int year = arrangement.year();
        Instant updatedAt = at.truncatedTo(ChronoUnit.MICROS);
        try {
            return dsl.transactionResult(tx -> {
                long version = expectedVersion.isPresent()
                        ? bump(tx.dsl(), year, expectedVersion.getAsLong(), by, updatedAt)
                        : create(tx.dsl(), year, by, updatedAt);
                tx.dsl().deleteFrom(CALENDAR_DAY).where(CALENDAR_DAY.YEAR.eq(year)).execute();
                if (!arrangement.days().isEmpty()) {
                    var insert = tx.dsl().insertInto(CALENDAR_DAY,
                            CALENDAR_DAY.DAY, CALENDAR_DAY.YEAR, CALENDAR_DAY.KIND, CALENDAR_DAY.HOLIDAY);
                    for (CalendarDay day : arrangement.days()) {
                        insert = insert.values(day.date(), year, day.kind().name(), day.holiday());
                    }
                    insert.execute();
                }
                return new CalendarYear(arrangement, version, updatedAt, by);
            });
        } catch (DataAccessException e) {
            if (PostgresErrors.isUniqueViolation(e, Keys.CALENDAR_DAY_PKEY)) {
                // The use case checked the other years first; one of them took the date meanwhile.
                throw new InvalidValueException(UpdateCalendarYear.DAYS_FIELD, UpdateCalendarYear.DATE_OF_ANOTHER_YEAR,
                        "a date is declared by another year's arrangement, stored meanwhile; read the calendar again");
            }
            if (PostgresErrors.isSerializationFailure(e)) {
                throw stale(year, expectedVersion);
            }
            throw e;
        }
    }

    private static long bump(DSLContext tx, int year, long expectedVersion, UserId by, Instant at) {
        Long version = tx.update(CALENDAR_YEAR)
                .set(CALENDAR_YEAR.VERSION, CALENDAR_YEAR.VERSION.plus(1))
                .set(CALENDAR_YEAR.UPDATED_AT, at)
                .set(CALENDAR_YEAR.UPDATED_BY, by.value())
                .where(CALENDAR_YEAR.YEAR.eq(year))
                .and(CALENDAR_YEAR.VERSION.eq(expectedVersion))
                .returningResult(CALENDAR_YEAR.VERSION)
                .fetchOne(CALENDAR_YEAR.VERSION);
        if (version == null) {
            throw stale(year, OptionalLong.of(expectedVersion));
        }
        return version;
    }

    private static long create(DSLContext tx, int year, UserId by, Instant at) {
        int inserted = tx.insertInto(CALENDAR_YEAR)
                .set(CALENDAR_YEAR.YEAR, year)
                .set(CALENDAR_YEAR.VERSION, 1L)
                .set(CALENDAR_YEAR.UPDATED_AT, at)
                .set(CALENDAR_YEAR.UPDATED_BY, by.value())
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            throw stale(year, OptionalLong.empty());
        }
        return 1;
    }

    private static StaleCalendarYearException stale(int year, OptionalLong expectedVersion) {
        // The conditional write does not learn the current version; reading it would cost a query.
        return new StaleCalendarYearException(year, expectedVersion, Optional.empty());
    }

    /** A row of {@code calendar_year}, as the key its days are collected under. */
    private record YearRow(int year, long version, Instant updatedAt, String updatedBy) {
    }

    /**
     * The years that match, with their days, in one statement: one snapshot, so a year's version
     * and its days never come from either side of a concurrent replacement.
     */
    private List<CalendarYear> read(Condition years) {
        Map<YearRow, List<CalendarDay>> byYear = new LinkedHashMap<>();
        dsl.select(CALENDAR_YEAR.YEAR, CALENDAR_YEAR.VERSION, CALENDAR_YEAR.UPDATED_AT, CALENDAR_YEAR.UPDATED_BY,
                        CALENDAR_DAY.DAY, CALENDAR_DAY.KIND, CALENDAR_DAY.HOLIDAY)
                .from(CALENDAR_YEAR)
                .leftJoin(CALENDAR_DAY).on(CALENDAR_DAY.YEAR.eq(CALENDAR_YEAR.YEAR))
                .where(years)
                .orderBy(CALENDAR_YEAR.YEAR, CALENDAR_DAY.DAY)
                .forEach(row -> {
                    List<CalendarDay> days = byYear.computeIfAbsent(new YearRow(row.value1(), row.value2(),
                            row.value3(), row.value4()), key -> new ArrayList<>());
                    // A year without days comes back as one row whose day columns are NULL.
                    if (row.value5() != null) {
                        days.add(new CalendarDay(row.value5(), DayKind.valueOf(row.value6()), row.value7()));
                    }
                });
        List<CalendarYear> found = new ArrayList<>();
        byYear.forEach((year, days) -> found.add(new CalendarYear(new HolidayArrangement(year.year(), days),
                year.version(), year.updatedAt(), new UserId(year.updatedBy()))));
        return found;
    }
}
