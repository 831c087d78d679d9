package org.complaintdesk.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.domain.notice.Notices.SENDER;
import static org.complaintdesk.domain.notice.Notices.SHANGHAI;
import static org.complaintdesk.domain.notice.Notices.TICKET;

import java.time.Instant;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Test;

/** An SMS notice never passes its segments: long free text is cut, and ends in an ellipsis. */
class SmsLengthTest {
    private static final OrgUnitId UNIT = new OrgUnitId("gridco");

    private static String sms(NoticeTemplates templates, NoticeFacts facts) {
        return templates.render(UNIT, NoticeChannel.SMS, facts, SHANGHAI).text();
    }

    @Test
    void two_segments_hold_134_characters_and_ten_hold_670() {
        assertThat(new SmsLimit(2).characters()).isEqualTo(134);
        assertThat(SmsLimit.DEFAULT.characters()).isEqualTo(201);
        assertThat(new SmsLimit(10).characters()).isEqualTo(670);
        assertThatThrownBy(() -> new SmsLimit(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsLimit(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_long_opinion_is_cut_with_an_ellipsis_to_fit_the_segments() {
        var longOpinion = new NoticeFacts.Extension(SENDER, TICKET, Notices.DUE, new FreeText("经初步核实，" + "情况复杂".repeat(200)));
        for (int segments = SmsLimit.MIN_SEGMENTS; segments <= SmsLimit.MAX_SEGMENTS; segments++) {
            var limit = new SmsLimit(segments);
            String text = sms(NoticeTemplates.shipped(limit), longOpinion);

            assertThat(text).hasSize(limit.characters()).contains("经初步核实，情况复杂", "…。敬请谅解。");
        }
    }

    @Test
    void the_shortest_piece_of_free_text_stays_whole_and_leaves_its_room_to_the_longer_one() {
        var decline = new NoticeFacts.Decline(SENDER, TICKET, new FreeText("不属于本公司职责"),
                new FreeText("向" + "所在区县住房和城乡建设局".repeat(30) + "反映"));
        String text = sms(NoticeTemplates.shipped(new SmsLimit(2)), decline);

        assertThat(text).hasSize(134).contains("原因：不属于本公司职责。", "建议您：向所在区县住房和城乡建设局", "…。咨询电话95598。");
    }

    @Test
    void line_breaks_and_runs_of_spaces_in_free_text_become_one_space_in_an_sms() {
        var progress = new NoticeFacts.ProgressUpdate(SENDER, TICKET, new FreeText("抢修人员已到现场\n\n  正在更换电缆"),
                Instant.parse("2026-12-05T12:30:00Z"));
        assertThat(sms(NoticeTemplates.shipped(SmsLimit.DEFAULT), progress)).contains("正在紧急处理：抢修人员已到现场 正在更换电缆。");
    }

    @Test
    void a_cut_never_splits_a_character_outside_the_basic_plane() {
        String rare = "𠀀".repeat(10); // each counts two units, as on the network
        assertThat(NoticeTemplate.cut(rare, 6)).isEqualTo("𠀀𠀀…");
        assertThat(NoticeTemplate.cut(rare, 7)).isEqualTo("𠀀𠀀𠀀…");
        assertThat(NoticeTemplate.cut("短", 6)).isEqualTo("短");
    }

    @Test
    void the_longest_values_every_field_may_take_still_fit_the_limit_the_template_was_loaded_for() {
        var limit = new SmsLimit(2);
        String words = "好".repeat(134 - 22 - 16 - 20 - 11 - 6 - 10);
        var templates = NoticeTemplates.shipped(limit).overlaidWith(
                "* ACCEPTANCE SMS " + words + "{ticket_number}{hotline}{unit_name}{reply_due}{verification_code}\n"
                        + "* PROGRESS_UPDATE SMS " + "好".repeat(134 - 22 - 11 - 10) + "{ticket_number}{next_update}{progress}");
        var longest = new Sender("某".repeat(Sender.MAX_NAME), "1".repeat(Sender.MAX_HOTLINE));
        var ticket = new TicketNumber("TS20261231" + "9".repeat(12));
        var acceptance = new NoticeFacts.Acceptance(longest, ticket, Instant.parse("2026-12-31T15:59:00Z"),
                new VerificationCode("999999"));
        var progress = new NoticeFacts.ProgressUpdate(longest, ticket, new FreeText("进展".repeat(50)),
                Instant.parse("2026-12-31T15:59:00Z"));

        assertThat(sms(templates, acceptance)).hasSize(124);
        assertThat(sms(templates, progress)).hasSize(134).endsWith("进展进展进展进…");
    }
}
