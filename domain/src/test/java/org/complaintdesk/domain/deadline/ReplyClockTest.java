package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.deadline.ClockFixture.SHANGHAI;
import static org.complaintdesk.domain.deadline.ClockFixture.at;
import static org.complaintdesk.domain.deadline.ClockFixture.received;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.complaintdesk.domain.calendar.BusinessCalendar;
import org.complaintdesk.domain.calendar.CalendarDay;
import org.complaintdesk.domain.calendar.DayKind;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.calendar.OfficialArrangements;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reply by the form of the complaint (002 ch.5 §2), counted in working days of the official calendar. */
class ReplyClockTest {

    @ParameterizedTest(name = "a complaint by {0} received on Monday is answered by {1}")
    @CsvSource({
            "LETTER,               2026-03-10T00:00",  // 5 working days: to the end of Monday 9 March
            "REGULATOR,            2026-03-10T00:00",  // a referral in writing
            "HOTLINE,              2026-03-05T00:00",  // 2 working days: to the end of Wednesday
            "CITY_HOTLINE_12345,   2026-03-05T00:00",
            "WALK_IN,              2026-03-05T00:00",
            "WEB,                  2026-03-06T00:00",  // 3 working days: to the end of Thursday
            "WECHAT,               2026-03-06T00:00",
            "EMAIL,                2026-03-06T00:00",
    })
    void the_reply_limit_follows_the_form_in_which_the_complaint_came(Channel channel, String due) {
        ComplaintClock reply = received(channel, "2026-03-02T10:00").register("2026-03-02T10:05")
                .clock(ClockKind.REPLY, "2026-03-02T11:00");

        assertThat(reply.startedAt()).isEqualTo(at("2026-03-02T10:00"));
        assertThat(reply.due()).isEqualTo(at(due));
    }

    @Test
    void every_intake_channel_has_a_reply_limit() {
        for (Channel channel : Channel.values()) {
            assertThat(received(channel, "2026-03-02T10:00").register("2026-03-02T10:05").has(ClockKind.REPLY, "2026-03-02T11:00"))
                    .as(channel.name()).isTrue();
        }
    }

    @Test
    void a_letter_received_on_the_last_working_day_before_national_day_is_due_at_the_end_of_13_october() {
        // 1-7 October off; Thursday 8, Friday 9, make-up Saturday 10, Monday 12, Tuesday 13.
        var letter = received(Channel.LETTER, "2026-09-30T16:45").register("2026-09-30T16:50");

        ComplaintClock reply = letter.clock(ClockKind.REPLY, "2026-10-08T09:00");

        assertThat(reply.due()).isEqualTo(OffsetDateTime.parse("2026-10-14T00:00+08:00").toInstant());
        assertThat(reply.state()).isEqualTo(ClockState.RUNNING);
        assertThat(reply.provisional()).isFalse();
    }

    @Test
    void a_reply_on_13_october_is_in_time_and_one_at_midnight_is_late() {
        ComplaintClock inTime = repliedAt("2026-10-13T23:59");
        ComplaintClock late = repliedAt("2026-10-14T00:00");

        assertThat(inTime.state()).isEqualTo(ClockState.MET);
        assertThat(inTime.late()).isFalse();
        assertThat(late.isMetLate()).isTrue();
    }

    @Test
    void a_letter_received_the_day_before_spring_festival_counts_both_make_up_saturdays() {
        // Friday 13 February; make-up Saturday 14 (1), off 15-23, 24 (2), 25 (3), 26 (4), 27 (5).
        ComplaintClock letter = received(Channel.LETTER, "2026-02-13T10:00").register("2026-02-13T10:05")
                .clock(ClockKind.REPLY, "2026-02-13T11:00");
        // Online: 14, 24, 25.
        ComplaintClock online = received(Channel.WEB, "2026-02-13T10:00").register("2026-02-13T10:05")
                .clock(ClockKind.REPLY, "2026-02-13T11:00");

        assertThat(letter.due()).isEqualTo(at("2026-02-28T00:00"));
        assertThat(online.due()).isEqualTo(at("2026-02-26T00:00"));
    }

    @Test
    void a_calendar_with_an_added_holiday_moves_the_due() {
        // 2027 is not loaded: 1 January counts as a working Friday, and the due is provisional.
        var letter = received(Channel.LETTER, "2026-12-30T10:00").register("2026-12-30T10:05");
        ComplaintClock before = letter.clock(ClockKind.REPLY, "2026-12-30T11:00");

        var arrangement2027 = new HolidayArrangement(2027, List.of(
                new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "New Year's Day")));
        BusinessCalendar with2027 = BusinessCalendar.of(SHANGHAI,
                List.of(OfficialArrangements.cn2025(), OfficialArrangements.cn2026(), arrangement2027));
        ComplaintClock after = letter.on(with2027).clock(ClockKind.REPLY, "2026-12-30T11:00");

        // 31 Dec (1), 1 Jan (2), 4 (3), 5 (4), 6 (5) without the holiday; one working day later with it.
        assertThat(before.due()).isEqualTo(at("2027-01-07T00:00"));
        assertThat(before.provisional()).isTrue();
        assertThat(after.due()).isEqualTo(at("2027-01-08T00:00"));
        assertThat(after.provisional()).isFalse();
    }

    @Test
    void a_consultation_is_answered_within_the_limit_of_its_channel_too() {
        var consultation = received(Channel.WECHAT, "2026-03-02T10:00").ofKind(ComplaintKind.CONSULTATION)
                .register("2026-03-02T10:05").accept("2026-03-02T10:10").reply("2026-03-03T09:00", ContactMethod.ONLINE);

        ComplaintClock reply = consultation.clock(ClockKind.REPLY, "2026-03-03T10:00");

        assertThat(reply.due()).isEqualTo(at("2026-03-06T00:00"));
        assertThat(reply.state()).isEqualTo(ClockState.MET);
    }

    private static ComplaintClock repliedAt(String at) {
        return received(Channel.LETTER, "2026-09-30T16:45").register("2026-09-30T16:50").accept("2026-09-30T17:00")
                .dispatch("2026-09-30T17:10").investigate("2026-10-08T10:00", InvestigationMethod.DOCUMENT_REVIEW)
                .find("2026-10-09T10:00").resolve("2026-10-12T10:00").reply(at, ContactMethod.LETTER)
                .clock(ClockKind.REPLY, "2026-10-15T09:00");
    }
}
