package org.complaintdesk.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.application.calendar.CalendarFixture.SHANGHAI;
import static org.complaintdesk.application.calendar.CalendarFixture.create;
import static org.complaintdesk.application.calendar.CalendarFixture.holiday;
import static org.complaintdesk.application.calendar.CalendarFixture.makeUpDay;
import static org.complaintdesk.application.calendar.CalendarFixture.newYear2027;
import static org.complaintdesk.application.calendar.CalendarFixture.replace;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complaintdesk.application.request.RoleNotPermittedException;
import org.complaintdesk.application.testing.InMemoryCalendarStore;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.application.testing.RecordingClockWatch;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.calendar.OfficialArrangements;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UpdateCalendarYearTest {
    private static final Instant SHIPPED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-05T02:00:00Z"), SHANGHAI);
    private final InMemoryCalendarStore store = InMemoryCalendarStore.shipped(SHIPPED_AT);
    private final CurrentCalendar calendar = new CurrentCalendar(store, SHANGHAI, clock, Duration.ofHours(1));
    private final RecordingClockWatch watch = new RecordingClockWatch();
    private final UpdateCalendarYear replaceYear = new UpdateCalendarYear(store, calendar, clock, watch);

    @Test
    void the_arrangement_of_a_year_not_yet_stored_is_created_at_etag_1_with_who_and_when() {
        CalendarYear created = replaceYear.execute(create(newYear2027(), Role.ADMINISTRATOR));

        assertThat(created).isEqualTo(new CalendarYear(newYear2027(), 1, clock.instant(), new UserId("administrator-1")));
        assertThat(store.find(2027)).contains(created);
    }

    @Test
    void a_replacement_on_the_current_etag_replaces_the_whole_year_one_version_on() {
        var corrected = new HolidayArrangement(2026, List.of(holiday("2026-10-01", "National Day")));

        CalendarYear replaced = replaceYear.execute(replace(corrected, 1, Role.SYSTEM));

        assertThat(replaced.version()).isEqualTo(2);
        assertThat(store.find(2026).orElseThrow().arrangement().days()).containsExactlyElementsOf(corrected.days());
        // Every running clock may move: the monitor is asked to time them anew once every instance
        // has re-read the calendar (the refresh interval here is an hour).
        assertThat(watch.attendAllRunningRequests()).containsExactly(clock.instant().plus(Duration.ofHours(1)));
        assertThat(replaced.updatedBy()).isEqualTo(new UserId("system-1"));
    }

    @Test
    void a_replacement_on_a_stale_etag_is_refused_and_the_year_stays_as_it_is() {
        replaceYear.execute(replace(OfficialArrangements.cn2026(), 1, Role.ADMINISTRATOR));

        assertThatThrownBy(() -> replaceYear.execute(replace(
                new HolidayArrangement(2026, List.of()), 1, Role.ADMINISTRATOR)))
                .isInstanceOfSatisfying(StaleCalendarYearException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ETAG_MISMATCH");
                    assertThat(e.currentVersion()).contains(2L);
                });
        assertThat(store.find(2026).orElseThrow().arrangement()).isEqualTo(OfficialArrangements.cn2026());
    }

    @Test
    void creating_a_year_that_someone_stored_meanwhile_is_refused_as_stale() {
        replaceYear.execute(create(newYear2027(), Role.ADMINISTRATOR));

        assertThatThrownBy(() -> replaceYear.execute(create(newYear2027(), Role.SYSTEM)))
                .isInstanceOfSatisfying(StaleCalendarYearException.class, e -> {
                    assertThat(e.expectedVersion()).isEmpty();
                    assertThat(e.currentVersion()).contains(1L);
                });
    }

    @Test
    void an_etag_for_a_year_that_is_not_stored_finds_no_year() {
        assertThatThrownBy(() -> replaceYear.execute(replace(newYear2027(), 1, Role.ADMINISTRATOR)))
                .isInstanceOfSatisfying(CalendarYearNotFoundException.class, e -> assertThat(e.year()).isEqualTo(2027));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AGENT", "HANDLER", "SUPERVISOR", "DIRECTOR", "AUDITOR"})
    void a_role_that_does_not_administer_the_organisation_may_not_change_the_calendar(Role role) {
        assertThatThrownBy(() -> replaceYear.execute(create(newYear2027(), role)))
                .isInstanceOfSatisfying(RoleNotPermittedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ROLE_NOT_PERMITTED");
                    assertThat(e.role()).isEqualTo(role);
                    assertThat(e.permittedRoles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.SYSTEM);
                });
        assertThat(store.find(2027)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMINISTRATOR", "SYSTEM"})
    void administrators_and_the_integration_account_may_change_it(Role role) {
        assertThat(replaceYear.execute(create(newYear2027(), role)).year()).isEqualTo(2027);
    }

    @Test
    void a_date_that_another_year_declares_is_refused_and_names_that_year() {
        // 2026-10-10 is a make-up day of the 2026 notice; a 2027 draft must not declare it again.
        var clash = new HolidayArrangement(2027, List.of(makeUpDay("2026-10-10", "National Day"),
                holiday("2027-01-01", "New Year's Day")));

        assertThatThrownBy(() -> replaceYear.execute(create(clash, Role.ADMINISTRATOR)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("calendar_year.days");
                            assertThat(v.rule()).isEqualTo(UpdateCalendarYear.DATE_OF_ANOTHER_YEAR);
                            assertThat(v.message()).contains("2026-10-10", "2026");
                        }));
        assertThat(store.find(2027)).isEmpty();
    }

    @Test
    void the_change_counts_in_this_instances_calendar_at_once() {
        LocalDate firstOf2027 = LocalDate.of(2027, 1, 1);
        assertThat(calendar.current().isWorkingDay(firstOf2027)).isTrue();

        replaceYear.execute(create(newYear2027(), Role.ADMINISTRATOR));

        assertThat(calendar.current().knows(firstOf2027)).isTrue();
        assertThat(calendar.current().isWorkingDay(firstOf2027)).isFalse();
    }
}
