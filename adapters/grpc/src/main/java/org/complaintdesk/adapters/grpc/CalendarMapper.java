package org.complaintdesk.adapters.grpc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.complaintdesk.api.v1.ComputeDueTimeRequest;
import org.complaintdesk.api.v1.ComputeDueTimeResponse;
import org.complaintdesk.api.v1.UpdateCalendarYearRequest;
import org.complaintdesk.application.calendar.CalendarYear;
import org.complaintdesk.application.calendar.ComputeDueTime;
import org.complaintdesk.application.calendar.UpdateCalendarYear;
import org.complaintdesk.domain.calendar.CalendarDay;
import org.complaintdesk.domain.calendar.DayKind;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** CalendarService's messages and the calendar use cases' commands, queries and results. */
final class CalendarMapper {
    static final String CALENDAR_YEAR = "calendar_year";
    /** A notice declares about 40 dates; the bound keeps a request from growing without end. */
    static final int MAX_DAYS = 200;
    static final String TOO_MANY = "TOO_MANY";

    private CalendarMapper() {
    }

    static org.complaintdesk.api.v1.CalendarYear toMessage(CalendarYear stored) {
        var message = org.complaintdesk.api.v1.CalendarYear.newBuilder()
                .setName(CalendarYearName.of(stored.year()))
                .setYear(stored.year())
                .setEtag(Etag.of(stored.version()))
                .setUpdateTime(ProtoTime.toTimestamp(stored.updatedAt()))
                .setUpdatedBy(stored.updatedBy().value());
        for (CalendarDay day : stored.arrangement().days()) {
            message.addDays(org.complaintdesk.api.v1.CalendarDay.newBuilder()
                    .setDate(ProtoDate.toDate(day.date()))
                    .setKind(ProtoEnums.DAY_KIND.toProto(day.kind()))
                    .setHoliday(day.holiday()));
        }
        return message.build();
    }

    /**
     * The replacement a request asks for, for the given actor.
     *
     * @throws org.complaintdesk.domain.validation.InvalidValueException naming every bad field
     */
    static UpdateCalendarYear.Command toCommand(UpdateCalendarYearRequest request, Actor actor) {
        var violations = new Violations();
        if (!request.hasCalendarYear()) {
            violations.add(CALENDAR_YEAR, Text.REQUIRED, "must be set");
            violations.throwIfAny();
        }
        org.complaintdesk.api.v1.CalendarYear sent = request.getCalendarYear();
        Integer year = violations.check(path("name"), () -> CalendarYearName.parse("name", sent.getName()));
        if (year != null && (year < HolidayArrangement.FIRST_YEAR || year > HolidayArrangement.LAST_YEAR)) {
            violations.add(path("name"), "OUT_OF_RANGE",
                    "must name a year from " + HolidayArrangement.FIRST_YEAR + " to " + HolidayArrangement.LAST_YEAR);
            year = null;
        }
        OptionalLong etag = etag(sent.getEtag(), request.getAllowMissing(), violations);
        List<CalendarDay> days = days(sent, year, violations);
        violations.throwIfAny();
        return new UpdateCalendarYear.Command(new HolidayArrangement(year, days), etag, actor);
    }

    /** Empty when the caller means to create the year, which {@code allow_missing} must say. */
    private static OptionalLong etag(String sent, boolean allowMissing, Violations violations) {
        if (sent.isEmpty() && allowMissing) {
            return OptionalLong.empty();
        }
        Long version = violations.check(path(Etag.FIELD), () -> Etag.parse(sent));
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    /** Each entry on its own, then the dates as a whole, each violation under the entry's place in the request. */
    private static List<CalendarDay> days(org.complaintdesk.api.v1.CalendarYear sent, Integer year, Violations violations) {
        if (sent.getDaysCount() > MAX_DAYS) {
            violations.add(path("days"), TOO_MANY, "must list at most " + MAX_DAYS + " dates");
            return List.of();
        }
        List<CalendarDay> days = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < sent.getDaysCount(); i++) {
            org.complaintdesk.api.v1.CalendarDay entry = sent.getDays(i);
            String at = path("days[" + i + "]");
            LocalDate date = violations.check(at + ".date", () -> ProtoDate.toLocalDate("date", entry.hasDate(), entry.getDate()));
            DayKind kind = ProtoEnums.DAY_KIND.required(entry.getKind(), at + ".kind", violations);
            dates.add(date);
            if (date != null && kind != null) {
                // The day checks its holiday's name and the rules that join the fields, e.g. a
                // make-up day on a weekday, together, each under the field it concerns.
                CalendarDay day = violations.checkNested(at, () -> new CalendarDay(date, kind, entry.getHoliday()));
                days.add(day);
            } else {
                violations.check(at + ".holiday", () -> Text.required("holiday", entry.getHoliday(), 60));
            }
        }
        // Without a valid year only the rule that needs none (no date twice) is judged.
        OptionalInt known = year == null ? OptionalInt.empty() : OptionalInt.of(year);
        for (FieldViolation violation : HolidayArrangement.dateViolations(known, dates)) {
            violations.add(path(violation.field()), violation.rule(), violation.message());
        }
        return days;
    }

    static ComputeDueTime.Query toQuery(ComputeDueTimeRequest request) {
        var violations = new Violations();
        Instant start = null;
        if (request.hasStartTime()) {
            start = violations.check("start_time", () -> ProtoTime.toInstant("start_time", request.getStartTime()));
        } else {
            violations.add("start_time", Text.REQUIRED, "must be set");
        }
        Integer workingDays = violations.check("working_days",
                () -> ComputeDueTime.Query.checkWorkingDays(request.getWorkingDays()));
        violations.throwIfAny();
        return new ComputeDueTime.Query(start, workingDays);
    }

    static ComputeDueTimeResponse toResponse(ComputeDueTime.Result result) {
        return ComputeDueTimeResponse.newBuilder()
                .setDueTime(ProtoTime.toTimestamp(result.due()))
                .setLastWorkingDay(ProtoDate.toDate(result.lastWorkingDay()))
                .addAllUnknownYears(result.unknownYears())
                .setProvisional(result.provisional())
                .build();
    }

    private static String path(String field) {
        return CALENDAR_YEAR + "." + field;
    }
}
