package org.complaintdesk.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.domain.notice.Notices.SHANGHAI;

import java.time.Instant;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Test;

/** An organisation's own templates lie over the shipped ones; the most specific unit wins. */
class NoticeTemplatesTest {
    private final NoticeTemplates templates = NoticeTemplates.shipped(SmsLimit.DEFAULT).overlaidWith("""
            gridco ACCEPTANCE SMS 国网：已受理{ticket_number}，{reply_due}前答复。
            gridco/east ACCEPTANCE SMS 国网东区：已受理{ticket_number}，{reply_due}前答复。
            * REPLY SMS 已答复{ticket_number}，{review_until}前可申请复查。
            """);

    private String acceptanceSms(String unit) {
        return templates.render(new OrgUnitId(unit), NoticeChannel.SMS, Notices.ACCEPTANCE, SHANGHAI).text();
    }

    @Test
    void a_unit_gets_the_template_of_its_nearest_unit_that_has_one() {
        assertThat(acceptanceSms("gridco/east/cs")).startsWith("国网东区：");
        assertThat(acceptanceSms("gridco/east")).startsWith("国网东区：");
        assertThat(acceptanceSms("gridco/west")).startsWith("国网：");
        assertThat(acceptanceSms("gridco")).startsWith("国网：");
    }

    @Test
    void a_unit_with_no_template_of_its_own_gets_the_shipped_one_and_a_code_that_only_begins_alike_is_not_below() {
        assertThat(acceptanceSms("heatco/north")).startsWith("您的投诉已受理");
        assertThat(acceptanceSms("gridcorp/east")).startsWith("您的投诉已受理");
    }

    @Test
    void a_template_for_every_unit_replaces_the_shipped_one_and_leaves_the_other_channels_alone() {
        var unit = new OrgUnitId("heatco");
        assertThat(templates.render(unit, NoticeChannel.SMS, Notices.REPLY, SHANGHAI).text())
                .isEqualTo("已答复TS20261205000123，2027年1月8日前可申请复查。");
        assertThat(templates.render(unit, NoticeChannel.WECHAT, Notices.REPLY, SHANGHAI).text()).startsWith("【投诉答复告知】");
    }

    @Test
    void the_log_line_counts_templates_by_unit_without_any_text() {
        assertThat(templates.describe()).isEqualTo("notice templates: 20 (3 from the templates file), SMS up to 3 segments"
                + " (201 characters); by unit {*=18, gridco=1, gridco/east=1}");
    }

    @Test
    void times_are_written_in_the_business_time_zone() {
        var lateEvening = new NoticeFacts.Acceptance(Notices.SENDER, Notices.TICKET,
                Instant.parse("2026-12-31T15:59:00Z"), new VerificationCode("000001"));
        assertThat(templates.render(new OrgUnitId("x"), NoticeChannel.SMS, lateEvening, SHANGHAI).text())
                .contains("于12月31日23:59前答复");
    }

    @Test
    void the_contact_preference_decides_the_channel_and_a_phone_gets_an_sms_while_letters_have_none_yet() {
        assertThat(NoticeChannel.forPreference(ContactPreference.PHONE)).contains(NoticeChannel.SMS);
        assertThat(NoticeChannel.forPreference(ContactPreference.SMS)).contains(NoticeChannel.SMS);
        assertThat(NoticeChannel.forPreference(ContactPreference.WECHAT)).contains(NoticeChannel.WECHAT);
        assertThat(NoticeChannel.forPreference(ContactPreference.EMAIL)).contains(NoticeChannel.EMAIL);
        assertThat(NoticeChannel.forPreference(ContactPreference.LETTER)).isEmpty();
    }

    @Test
    void the_example_file_of_the_readme_loads_and_the_log_line_counts_what_it_changed() {
        var own = NoticeTemplates.shipped(SmsLimit.DEFAULT).overlaidWith("""
                # Our own acknowledgement for every unit, with our hotline
                *            ACCEPTANCE  SMS     您的投诉已受理，工单号{ticket_number}，我们将于{reply_due}前答复。查询码{verification_code}，咨询{hotline}。
                # The east region signs its e-mails
                gridco/east  REPLY       EMAIL   您好：\\n\\n您的投诉（工单号{ticket_number}）已答复。\\n\\n{reply_summary}\\n\\n如有异议，可在{review_until}前申请复查。\\n\\n{unit_name}
                """);

        assertThat(own.describe()).isEqualTo("notice templates: 19 (2 from the templates file), SMS up to 3 segments"
                + " (201 characters); by unit {*=18, gridco/east=1}");
        assertThat(own.render(new OrgUnitId("gridco/east/cs"), NoticeChannel.EMAIL, Notices.REPLY, SHANGHAI).text())
                .endsWith("如有异议，可在2027年1月8日前申请复查。\n\n国网杭州供电公司");
        assertThat(own.render(new OrgUnitId("heatco"), NoticeChannel.SMS, Notices.ACCEPTANCE, SHANGHAI).text())
                .isEqualTo("您的投诉已受理，工单号TS20261205000123，我们将于12月9日17:00前答复。查询码482913，咨询95598。");
    }

    @Test
    void a_notice_is_never_made_with_a_fact_missing() {
        assertThatThrownBy(() -> new NoticeFacts.Acceptance(Notices.SENDER, Notices.TICKET, null,
                new VerificationCode("482913"))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new NoticeFacts.Decline(Notices.SENDER, null, new FreeText("原因"), new FreeText("去处")))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FreeText("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerificationCode("12345")).isInstanceOf(IllegalArgumentException.class);
    }
}
