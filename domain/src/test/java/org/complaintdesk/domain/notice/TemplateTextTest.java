package org.complaintdesk.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A templates file is read line by line; every bad line is refused, named by its number. */
class TemplateTextTest {

    private static InvalidValueException refusal(String text) {
        try {
            TemplateText.parse(text, SmsLimit.DEFAULT);
        } catch (InvalidValueException e) {
            return e;
        }
        throw new AssertionError("the text was accepted");
    }

    @Test
    void a_line_names_the_unit_kind_and_channel_and_the_rest_is_the_text_with_comments_and_blank_lines_skipped() {
        var templates = TemplateText.parse("""
                # our own wording for the east region
                gridco/east  ACCEPTANCE  WECHAT  受理了：{ticket_number}，{reply_due} 前答复。\\n{unit_name}

                * REPLY SMS 已答复{ticket_number}，复查截止{review_until}。
                """, SmsLimit.DEFAULT);

        var east = templates.get(new TemplateText.Key(Optional.of(new OrgUnitId("gridco/east")), NoticeKind.ACCEPTANCE,
                NoticeChannel.WECHAT));
        assertThat(east.text()).isEqualTo("受理了：{ticket_number}，{reply_due} 前答复。\n{unit_name}");
        assertThat(templates.get(new TemplateText.Key(Optional.empty(), NoticeKind.REPLY, NoticeChannel.SMS))).isNotNull();
        assertThat(templates).hasSize(2);
    }

    @Test
    void every_kind_of_bad_line_is_refused_at_once_each_with_its_line() {
        var e = refusal("""
                # line 1 is a comment
                * ACCEPTANCE SMS
                * APOLOGY SMS 对不起{ticket_number}
                * ACCEPTANCE LETTER 受理{ticket_number}{reply_due}
                * ACCEPTANCE SMS 受理{ticket_number}，{reply_due}前答复，{complainant_name}您好
                * ACCEPTANCE SMS 受理{ticket_number}，原因{decline_reason}，{reply_due}
                * DECLINE SMS 工单{ticket_number}未能受理，原因{decline_reason}
                * REPLY SMS 已答复{ticket_number，{review_until}
                * REPLY WECHAT 已答复}{ticket_number}{review_until}
                bad!unit REPLY SMS 已答复{ticket_number}{review_until}
                """);

        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule).containsExactly(
                tuple("line 2", TemplateText.LINE_FORMAT),
                tuple("line 3.kind", TemplateText.UNKNOWN_KIND),
                tuple("line 4.channel", TemplateText.UNKNOWN_CHANNEL),
                tuple("line 5", NoticeTemplate.UNKNOWN_PLACEHOLDER),
                tuple("line 6", NoticeTemplate.NOT_FOR_KIND),
                tuple("line 7", NoticeTemplate.MISSING_PLACEHOLDER),
                tuple("line 8", NoticeTemplate.FORMAT),
                tuple("line 9", NoticeTemplate.FORMAT),
                tuple("line 10.unit", "FORMAT"));
        assertThat(e.getMessage()).contains("letters come later", "{complainant_name} is no placeholder",
                "the DECLINE notice must use {where_to_turn}");
    }

    @Test
    void an_sms_whose_longest_rendering_passes_the_segments_is_refused_with_its_line_and_length() {
        String long90 = "请您耐心等待".repeat(15);
        var e = refusal("\n* ACCEPTANCE SMS " + long90 + "工单{ticket_number}，{reply_due}前答复。" + long90 + "\n");

        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(tuple("line 2", NoticeTemplate.SMS_TOO_LONG));
        assertThat(e.getMessage()).contains("3 segments hold 201");
        // The same text is long, not wrong: e-mail takes it.
        assertThat(TemplateText.parse("* ACCEPTANCE EMAIL " + long90 + "工单{ticket_number}，{reply_due}前答复。" + long90,
                SmsLimit.DEFAULT)).hasSize(1);
    }

    @Test
    void an_sms_counts_free_text_at_its_least_room_when_it_is_loaded() {
        // 22 (ticket) + 10 + 10 (free text) + 16 (hotline) + the words: just over two segments.
        String words = "好".repeat(134 - 22 - 10 - 10 - 16 + 1);
        String line = "* DECLINE SMS " + words + "{ticket_number}{decline_reason}{where_to_turn}{hotline}";

        assertThatThrownBy(() -> TemplateText.parse(line, new SmsLimit(2))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("its longest SMS has 135 characters");
        assertThat(TemplateText.parse(line.replaceFirst("好", ""), new SmsLimit(2))).hasSize(1);
    }

    @Test
    void two_templates_for_the_same_unit_kind_and_channel_are_refused_naming_both_lines() {
        var e = refusal("""
                gridco REPLY SMS 已答复{ticket_number}，复查截止{review_until}。
                gridco REPLY SMS 答复了{ticket_number}，{review_until}前可申请复查。
                """);

        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(tuple("line 2", TemplateText.TEMPLATE_TWICE));
        assertThat(e.getMessage()).contains("line 1 has a template for the same unit, kind and channel");
    }
}
