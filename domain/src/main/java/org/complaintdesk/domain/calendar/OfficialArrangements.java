package org.complaintdesk.domain.calendar;

import static org.complaintdesk.domain.calendar.DayKind.HOLIDAY;
import static org.complaintdesk.domain.calendar.DayKind.MAKE_UP_WORKING_DAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The State Council General Office arrangements for mainland China (calendar-cn.md): 2025 from
 * 国办发明电〔2024〕12号 (2024-11-12), 2026 from the notice of 2025-11-04. New years arrive as data
 * through the API; these are the ones the service ships with.
 */
public final class OfficialArrangements {

    private OfficialArrangements() {
    }

    public static List<HolidayArrangement> shipped() {
        return List.of(cn2025(), cn2026());
    }

    public static HolidayArrangement cn2025() {
        var days = new ArrayList<CalendarDay>();
        off(days, "New Year's Day", "2025-01-01", "2025-01-01");
        off(days, "Spring Festival", "2025-01-28", "2025-02-04");
        work(days, "Spring Festival", "2025-01-26", "2025-02-08");
        off(days, "Qingming", "2025-04-04", "2025-04-06");
        off(days, "Labour Day", "2025-05-01", "2025-05-05");
        work(days, "Labour Day", "2025-04-27");
        off(days, "Dragon Boat", "2025-05-31", "2025-06-02");
        off(days, "National Day and Mid-Autumn", "2025-10-01", "2025-10-08");
        work(days, "National Day and Mid-Autumn", "2025-09-28", "2025-10-11");
        return new HolidayArrangement(2025, days);
    }

    public static HolidayArrangement cn2026() {
        var days = new ArrayList<CalendarDay>();
        off(days, "New Year's Day", "2026-01-01", "2026-01-03");
        work(days, "New Year's Day", "2026-01-04");
        off(days, "Spring Festival", "2026-02-15", "2026-02-23");
        work(days, "Spring Festival", "2026-02-14", "2026-02-28");
        off(days, "Qingming", "2026-04-04", "2026-04-06");
        off(days, "Labour Day", "2026-05-01", "2026-05-05");
        work(days, "Labour Day", "2026-05-09");
        off(days, "Dragon Boat", "2026-06-19", "2026-06-21");
        off(days, "Mid-Autumn", "2026-09-25", "2026-09-27");
        off(days, "National Day", "2026-10-01", "2026-10-07");
        work(days, "National Day", "2026-09-20", "2026-10-10");
        return new HolidayArrangement(2026, days);
    }

    private static void off(List<CalendarDay> days, String holiday, String first, String last) {
        LocalDate end = LocalDate.parse(last);
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(end); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, HOLIDAY, holiday));
        }
    }

    private static void work(List<CalendarDay> days, String holiday, String... dates) {
        for (String date : dates) {
            days.add(new CalendarDay(LocalDate.parse(date), MAKE_UP_WORKING_DAY, holiday));
        }
    }
}
