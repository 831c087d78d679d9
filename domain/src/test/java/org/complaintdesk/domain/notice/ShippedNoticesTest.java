package org.complaintdesk.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.notice.Notices.SHANGHAI;

import org.complaintdesk.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Test;

/** The shipped notices read right with real facts, on every channel. */
class ShippedNoticesTest {
    private static final OrgUnitId UNIT = new OrgUnitId("gridco/east/cs");
    private final NoticeTemplates shipped = NoticeTemplates.shipped(SmsLimit.DEFAULT);

    private String text(NoticeKind kind, NoticeChannel channel) {
        return shipped.render(UNIT, channel, Notices.of(kind), SHANGHAI).text();
    }

    @Test
    void every_kind_of_notice_has_a_shipped_template_on_every_channel() {
        for (NoticeKind kind : NoticeKind.values()) {
            for (NoticeChannel channel : NoticeChannel.values()) {
                assertThat(shipped.forUnit(UNIT, kind, channel)).as(kind + " " + channel).isNotNull();
            }
        }
    }

    @Test
    void the_acceptance_sms_names_the_ticket_the_reply_due_time_and_the_verification_code() {
        assertThat(text(NoticeKind.ACCEPTANCE, NoticeChannel.SMS)).isEqualTo(
                "您的投诉已受理，工单号TS20261205000123。我们将调查核实，于12月9日17:00前答复您。查询进度请用工单号和查询码482913。");
    }

    @Test
    void the_acceptance_by_wechat_and_email_also_give_the_hotline_and_the_unit() {
        for (NoticeChannel channel : new NoticeChannel[] {NoticeChannel.WECHAT, NoticeChannel.EMAIL}) {
            assertThat(text(NoticeKind.ACCEPTANCE, channel)).contains("TS20261205000123", "12月9日17:00", "482913",
                    "95598", "国网杭州供电公司");
        }
        assertThat(text(NoticeKind.ACCEPTANCE, NoticeChannel.EMAIL)).startsWith("您好：\n\n您的投诉已受理");
    }

    @Test
    void the_decline_gives_the_reason_and_where_to_turn() {
        assertThat(text(NoticeKind.DECLINE, NoticeChannel.SMS)).isEqualTo("您反映的事项（工单号TS20261205000123）未能受理，"
                + "原因：该事项已进入诉讼程序。建议您：向受理该案的人民法院了解进展。咨询电话95598。");
        assertThat(text(NoticeKind.DECLINE, NoticeChannel.EMAIL)).contains("原因：该事项已进入诉讼程序\n",
                "建议您：向受理该案的人民法院了解进展\n");
    }

    @Test
    void the_extension_gives_the_new_due_time_and_the_preliminary_opinion() {
        assertThat(text(NoticeKind.EXTENSION, NoticeChannel.SMS)).isEqualTo("您的投诉（工单号TS20261205000123）需进一步核实，"
                + "答复时间延至12月16日17:00前。初步意见：电表经初步检测计量准确，待第三方复检后确定是否退费。敬请谅解。");
        assertThat(text(NoticeKind.EXTENSION, NoticeChannel.WECHAT)).contains("12月16日17:00", "待第三方复检后确定是否退费");
    }

    @Test
    void the_progress_update_says_what_is_being_done_and_when_the_next_comes() {
        assertThat(text(NoticeKind.PROGRESS_UPDATE, NoticeChannel.SMS)).isEqualTo("您的投诉（工单号TS20261205000123）"
                + "正在紧急处理：抢修人员已到现场，正在更换受损电缆。我们将于12月5日20:30前再告知进展。");
    }

    @Test
    void the_reply_notice_names_the_last_day_for_a_review_with_its_year() {
        assertThat(text(NoticeKind.REPLY, NoticeChannel.SMS)).isEqualTo("您的投诉（工单号TS20261205000123）已答复。"
                + "如对结果不满意且有新的事实或理由，可在2027年1月8日前申请复查。");
        assertThat(text(NoticeKind.REPLY, NoticeChannel.WECHAT)).contains("答复要点：经核实为表计故障，已更换电表并退还多收电费86.40元");
    }

    @Test
    void the_callback_invitation_says_by_when_and_how_to_rate_the_result() {
        assertThat(text(NoticeKind.CALLBACK_INVITATION, NoticeChannel.SMS)).isEqualTo("您的投诉（工单号TS20261205000123）"
                + "已办结，我们将于12月10日17:00前回访，请您评价是否满意。也可致电95598评价。");
    }

    @Test
    void every_shipped_sms_fits_two_segments_at_its_longest() {
        var tightest = NoticeTemplates.shipped(new SmsLimit(SmsLimit.MIN_SEGMENTS));
        for (NoticeKind kind : NoticeKind.values()) {
            assertThat(tightest.forUnit(UNIT, kind, NoticeChannel.SMS).longestSms()).as(kind.name())
                    .isLessThanOrEqualTo(134);
        }
    }

    @Test
    void a_rendered_notice_and_its_facts_keep_free_text_and_the_code_out_of_their_descriptions() {
        var notice = shipped.render(UNIT, NoticeChannel.SMS, Notices.DECLINE, SHANGHAI);

        assertThat(notice.toString()).doesNotContain("诉讼").contains("DECLINE", "SMS");
        assertThat(Notices.DECLINE.toString()).doesNotContain("诉讼", "法院");
        assertThat(Notices.ACCEPTANCE.toString()).doesNotContain("482913");
    }
}
