package org.complaintdesk.domain.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How a notice writes a moment for Chinese readers, in the business time zone: a due time as
 * {@code 12月9日17:00} (a notice's times lie days ahead, so the year goes without saying), a last
 * day as {@code 2026年12月9日}.
 */
final class NoticeTime {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日HH:mm");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** The longest each form gets: two-digit months and days, four-digit years. */
    static final int TIME_LENGTH = TIME.format(ZonedDateTime.parse("2026-12-31T23:59:00+08:00")).length();
    static final int DATE_LENGTH = DATE.format(ZonedDateTime.parse("2026-12-31T23:59:00+08:00")).length();

    private NoticeTime() {
    }

    static String time(Instant moment, ZoneId zone) {
        return TIME.format(moment.atZone(zone));
    }

    static String date(Instant moment, ZoneId zone) {
        return DATE.format(moment.atZone(zone));
    }
}
