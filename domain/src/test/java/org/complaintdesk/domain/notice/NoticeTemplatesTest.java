package org.complaintdesk.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
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
}
