package org.complaintdesk.application.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.application.deadline.DeadlineDesk.at;
import static org.complaintdesk.application.deadline.DeadlineDesk.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.application.notice.NoticeIssuer;
import org.complaintdesk.application.port.out.VerificationCodes;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.notice.IssuedNotice;
import org.complaintdesk.domain.notice.NoticeChannel;
import org.complaintdesk.domain.notice.NoticeKind;
import org.complaintdesk.domain.notice.NoticeSenders;
import org.complaintdesk.domain.notice.NoticeTemplates;
import org.complaintdesk.domain.notice.SmsLimit;
import org.complaintdesk.domain.notice.VerificationCode;
import org.junit.jupiter.api.Test;

/** The notices the steps issue: their facts from the complaint and its clocks, stored with the step. */
class StepNoticesTest {
    /** The code every complaint gets here: the port's real implementation derives it under a key. */
    private static final VerificationCodes CODES = new VerificationCodes() {
        @Override
        public VerificationCode codeFor(ComplaintId complaint) {
            return new VerificationCode("428193");
        }

        @Override
        public boolean matches(ComplaintId complaint, VerificationCode code) {
            return code.digits().equals("428193");
        }
    };

    private final DeadlineDesk desk = new DeadlineDesk("2026-03-02T10:00");
    private final ComplaintClocks clocks = desk.clocks(DeadlinePolicies.seedForAll());
    private final AtomicInteger ids = new AtomicInteger();

    StepNoticesTest() {
        desk.issuing(issuer(Optional.of(CODES)));
    }

    private NoticeIssuer issuer(Optional<VerificationCodes> codes) {
        return new NoticeIssuer(NoticeTemplates.shipped(SmsLimit.DEFAULT), NoticeSenders.parse("*=东区供电客服:95598"),
                clocks, codes, DeadlineDesk.SHANGHAI, Duration.ofMinutes(30),
                () -> new UUID(0, ids.incrementAndGet()));
    }

    @Test
    void an_acceptance_texts_the_complainant_the_ticket_the_reply_clocks_due_and_the_code() {
        Complaint accepted = desk.accept(desk.register(Channel.LETTER, Duration.ZERO));

        Instant replyDue = clock(clocks.current(accepted), ClockKind.REPLY).due();
        assertThat(replyDue).isEqualTo(at("2026-03-10T00:00"));
        assertThat(desk.store.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.complaintId()).isEqualTo(accepted.id());
            assertThat(notice.notice().kind()).isEqualTo(NoticeKind.ACCEPTANCE);
            // The complainant prefers the phone: a text, not a call.
            assertThat(notice.notice().channel()).isEqualTo(NoticeChannel.SMS);
            assertThat(notice.notice().text()).contains(accepted.ticketNumber().value(), "3月10日00:00前答复", "428193");
        });
    }

    @Test
    void a_notice_is_issued_at_the_step_and_is_to_be_confirmed_within_the_set_time() {
        Instant acceptedAt = desk.clock.instant();
        desk.accept(desk.register(Channel.LETTER, Duration.ZERO));

        IssuedNotice notice = desk.store.notices().getFirst();
        assertThat(notice.issuedAt()).isEqualTo(acceptedAt);
        assertThat(notice.confirmBy()).isEqualTo(acceptedAt.plus(Duration.ofMinutes(30)));
    }

    @Test
    void without_verification_codes_an_acceptance_issues_no_notice_rather_than_one_without_its_code() {
        desk.issuing(issuer(Optional.empty()));

        desk.accept(desk.register(Channel.LETTER, Duration.ZERO));

        assertThat(desk.store.notices()).isEmpty();
    }

    @Test
    void a_decline_tells_the_reason_in_plain_words_and_where_to_turn() {
        Complaint declined = desk.decline(desk.register(Channel.HOTLINE, Duration.ZERO), DeclineReason.OTHER_BODYS_DUTY,
                "请向市燃气公司反映");

        assertThat(desk.store.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.notice().kind()).isEqualTo(NoticeKind.DECLINE);
            assertThat(notice.notice().text()).contains(declined.ticketNumber().value(), "不属于本单位职责范围",
                    "请向市燃气公司反映", "95598");
        });
    }

    @Test
    void an_approved_extension_tells_the_new_due_and_the_preliminary_opinion_and_a_request_alone_tells_nothing() {
        Complaint dispatched = desk.dispatch(desk.accept(desk.register(Channel.LETTER, Duration.ZERO)));
        desk.advance(Duration.ofDays(3));
        Complaint asked = desk.requestExtension(dispatched, ClockKind.REPLY, at("2026-03-13T00:00"), clocks);
        assertThat(desk.store.notices()).extracting(n -> n.notice().kind()).containsExactly(NoticeKind.ACCEPTANCE);

        desk.advance(Duration.ofHours(2));
        desk.approveExtension(asked, clocks);

        assertThat(desk.store.notices()).last().satisfies(notice -> {
            assertThat(notice.notice().kind()).isEqualTo(NoticeKind.EXTENSION);
            assertThat(notice.notice().text()).contains("3月13日00:00", "A fault was found; the lab result follows.");
        });
    }

    @Test
    void a_reply_tells_until_when_a_review_may_be_asked_for_and_invites_to_the_callback_by_its_clocks_due() {
        Complaint resolved = desk.resolve(desk.dispatch(desk.accept(desk.register(Channel.LETTER, Duration.ZERO))));
        Complaint replied = desk.reply(resolved);

        var current = clocks.current(replied);
        String reviewUntil = "2026年4月1日";
        assertThat(clock(current, ClockKind.REVIEW_WINDOW).due()).isBetween(at("2026-04-01T00:00"), at("2026-04-02T00:00"));
        Instant callbackDue = clock(current, ClockKind.CALLBACK).due();
        assertThat(callbackDue).isEqualTo(desk.clock.instant().plus(Duration.ofHours(24)));
        assertThat(desk.store.notices()).extracting(n -> n.notice().kind())
                .containsExactly(NoticeKind.ACCEPTANCE, NoticeKind.REPLY, NoticeKind.CALLBACK_INVITATION);
        assertThat(desk.store.notices().get(1).notice().text()).contains(reviewUntil);
        assertThat(desk.store.notices().get(2).notice().text()).contains("3月3日10:00前回访");
    }

    @Test
    void steps_the_complainant_is_not_told_of_issue_no_notice() {
        desk.issuing(issuer(Optional.of(CODES)));
        Complaint accepted = desk.accept(desk.register(Channel.LETTER, Duration.ZERO));
        int afterAcceptance = desk.store.notices().size();

        desk.urge(desk.dispatch(accepted));

        assertThat(desk.store.notices()).hasSize(afterAcceptance);
    }
}
