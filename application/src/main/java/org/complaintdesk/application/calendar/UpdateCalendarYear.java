package org.complaintdesk.application.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintdesk.application.port.out.CalendarStore;
import org.complaintdesk.application.port.out.ClockWatch;
import org.complaintdesk.application.request.RoleNotPermittedException;
import org.complaintdesk.domain.calendar.CalendarDay;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.Violations;

/**
 * Replaces the whole arrangement of one year (AIP-134), or stores the arrangement of a year that
 * has none yet: how the notice published each November enters the service, and how a mistake
 * in a stored year is corrected. The change applies to this instance's calendar at once.
 *
 * <p>Refused, with nothing changed: for a role other than those that supervise the complaint
 * process; for a year that is not as the caller last read it; for a date that another year's
 * arrangement declares already.
 */
public final class UpdateCalendarYear {
    /**
     * Every deadline counts on the calendar, across the whole organisation: only its administrators
     * and the integration account that publishes the official notices change it.
     */
    public static final Set<Role> PERMITTED_ROLES = EnumSet.of(Role.ADMINISTRATOR, Role.SYSTEM);
    public static final String DATE_OF_ANOTHER_YEAR = "DATE_DECLARED_BY_ANOTHER_YEAR";
    /** Where the contract's request holds the dates an arrangement declares. */
    public static final String DAYS_FIELD = "calendar_year.days";

    /**
     * @param etag the version the caller last read; empty to create a year that is not stored yet
     */
    public record Command(HolidayArrangement arrangement, OptionalLong etag, Actor actor) {
        public Command {
            Objects.requireNonNull(arrangement, "arrangement");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(actor, "actor");
        }
    }

    private final CalendarStore store;
    private final CurrentCalendar calendar;
    private final Clock clock;
    private final ClockWatch watch;

    public UpdateCalendarYear(CalendarStore store, CurrentCalendar calendar, Clock clock, ClockWatch watch) {
        this.watch = Objects.requireNonNull(watch, "watch");
        this.store = Objects.requireNonNull(store, "store");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CalendarYear execute(Command command) {
        Role role = command.actor().role();
        if (!PERMITTED_ROLES.contains(role)) {
            throw new RoleNotPermittedException("change the calendar", role, PERMITTED_ROLES);
        }
        int year = command.arrangement().year();
        List<CalendarYear> stored = store.all();
        Optional<CalendarYear> current = stored.stream().filter(y -> y.year() == year).findFirst();
        checkExpected(year, command.etag(), current);
        checkNoDateOfAnotherYear(command.arrangement(), stored);

        CalendarYear replaced = store.replace(command.arrangement(), command.etag(), command.actor().userId(),
                clock.instant());
        calendar.reload();
        // A holiday added moves the dues of the clocks it touches; the monitor times them anew and says so.
        // Not before every instance has re-read the calendar: one still on the old one would see no change.
        watch.attendAllRunning(replaced.updatedAt().plus(calendar.refreshInterval()));
        return replaced;
    }

    /** The year must be as the caller last read it: at its etag, or not stored when the caller creates it. */
    private static void checkExpected(int year, OptionalLong etag, Optional<CalendarYear> current) {
        if (etag.isEmpty()) {
            if (current.isPresent()) {
                throw new StaleCalendarYearException(year, etag, Optional.of(current.get().version()));
            }
            return;
        }
        if (current.isEmpty()) {
            // Years are never deleted: an etag for a year that is not stored was not issued for it.
            throw new CalendarYearNotFoundException(year);
        }
        if (current.get().version() != etag.getAsLong()) {
            throw new StaleCalendarYearException(year, etag, Optional.of(current.get().version()));
        }
    }

    /** A date is declared by one year's notice only; the other year's arrangement must be corrected first. */
    private static void checkNoDateOfAnotherYear(HolidayArrangement arrangement, List<CalendarYear> stored) {
        Map<LocalDate, Integer> declaredElsewhere = stored.stream()
                .filter(other -> other.year() != arrangement.year())
                .flatMap(other -> other.arrangement().days().stream()
                        .map(day -> Map.entry(day.date(), other.year())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var violations = new Violations();
        for (CalendarDay day : arrangement.days()) {
            Integer other = declaredElsewhere.get(day.date());
            if (other != null) {
                violations.add(DAYS_FIELD, DATE_OF_ANOTHER_YEAR,
                        day.date() + " is declared by the arrangement of " + other + " already");
            }
        }
        violations.throwIfAny();
    }
}
