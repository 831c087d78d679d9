package org.complaintdesk.application.publicview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.application.deadline.DeadlineDesk.at;
import static org.complaintdesk.application.deadline.DeadlineDesk.clock;

import java.time.Duration;
import java.util.List;
import org.complaintdesk.application.deadline.ComplaintClocks;
import org.complaintdesk.application.deadline.DeadlineDesk;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.PauseReason;
import org.junit.jupiter.api.Test;

/** The public view of a complaint in each stage: its words and its promises, without a database. */
class PublicWordingTest {
    private final DeadlineDesk desk = new DeadlineDesk("2026-10-12T09:00");
    private final ComplaintClocks clocks = desk.clocks(DeadlinePolicies.seedForAll());

    @Test
    void a_registered_complaint_is_received_and_promises_the_reply_by_the_reply_clocks_due() {
        Complaint registered = desk.register(Channel.HOTLINE, Duration.ofHours(1));
        List<ComplaintClock> now = clocks.current(registered);

        PublicComplaintView view = PublicWording.viewOf(registered, now);

        assertThat(view.stage()).isEqualTo(PublicStage.RECEIVED);
        assertThat(view.stageText()).isEqualTo("您的投诉已登记，正在审核是否受理。");
        assertThat(view.ticket()).isEqualTo(registered.ticketNumber());
        assertThat(view.receivedAt()).isEqualTo(at("2026-10-12T08:00"));
        assertThat(view.replyDue()).contains(clock(now, ClockKind.REPLY).due());
        assertThat(view.replyDueExtended()).isFalse();
        assertThat(view.reply()).isEmpty();
        assertThat(view.callbackDue()).isEmpty();
        assertThat(view.decline()).isEmpty();
    }

    @Test
    void every_handling_state_before_the_reply_is_one_stage_in_progress() {
        Complaint accepted = desk.accept(desk.register(Channel.HOTLINE, Duration.ofHours(1)));
        Complaint dispatched = desk.dispatch(accepted);
        Complaint resolved = desk.resolve(dispatched);

        for (Complaint c : List.of(accepted, dispatched, resolved)) {
            PublicComplaintView view = PublicWording.viewOf(c, clocks.current(c));
            assertThat(view.stage()).as(c.state().name()).isEqualTo(PublicStage.IN_PROGRESS);
            assertThat(view.stageText()).isEqualTo("您的投诉已受理，正在调查处理。");
            assertThat(view.replyDue()).isPresent();
        }
    }

    @Test
    void a_complaint_waiting_on_the_complainant_says_what_for() {
        Complaint dispatched = desk.dispatch(desk.accept(desk.register(Channel.HOTLINE, Duration.ofHours(1))));

        Complaint waiting = desk.waitOnComplainant(dispatched, PauseReason.MATERIALS_REQUESTED);
        PublicComplaintView view = PublicWording.viewOf(waiting, clocks.current(waiting));

        assertThat(view.stage()).isEqualTo(PublicStage.WAITING_FOR_COMPLAINANT);
        assertThat(view.stageText()).isEqualTo("您的投诉正在处理，等待您补充所需材料。");
        assertThat(PublicWording.waitingText(PauseReason.COMPLAINANT_UNREACHABLE)).contains("未能联系到您");
        assertThat(PublicWording.waitingText(PauseReason.SITE_VISIT_REFUSED)).contains("现场勘查");
    }

    @Test
    void a_replied_complaint_carries_the_reply_and_promises_the_callback_instead_of_the_reply() {
        Complaint resolved = desk.resolve(desk.dispatch(desk.accept(desk.register(Channel.LETTER, Duration.ofHours(1)))));
        desk.advance(Duration.ofHours(3));

        Complaint replied = desk.reply(resolved);
        List<ComplaintClock> now = clocks.current(replied);
        PublicComplaintView view = PublicWording.viewOf(replied, now);

        assertThat(view.stage()).isEqualTo(PublicStage.REPLIED);
        assertThat(view.stageText()).contains("答复内容见下方");
        assertThat(view.reply()).hasValueSatisfying(reply -> {
            assertThat(reply.content()).isEqualTo("Dear Mr Wang, your bill is corrected.");
            assertThat(reply.repliedAt()).isEqualTo(at("2026-10-12T12:00"));
        });
        assertThat(view.replyDue()).as("the promise is kept").isEmpty();
        assertThat(view.callbackDue()).contains(clock(now, ClockKind.CALLBACK).due());
        assertThat(view.reviewRequestDeadline()).contains(clock(now, ClockKind.REVIEW_WINDOW).due());
    }

    @Test
    void after_the_callback_the_view_says_so_and_promises_no_callback() {
        Complaint replied = desk.reply(desk.resolve(desk.dispatch(desk.accept(desk.register(Channel.LETTER,
                Duration.ofHours(1))))));

        Complaint calledBack = desk.callBack(replied);
        PublicComplaintView view = PublicWording.viewOf(calledBack, clocks.current(calledBack));

        assertThat(view.stage()).isEqualTo(PublicStage.REPLIED);
        assertThat(view.stageText()).isEqualTo("您的投诉已答复，并已完成回访。");
        assertThat(view.callbackDue()).isEmpty();
        assertThat(view.reply()).isPresent();
    }

    @Test
    void a_declined_complaint_says_why_in_plain_words_and_where_to_turn() {
        Complaint declined = desk.decline(desk.register(Channel.HOTLINE, Duration.ofHours(1)), DeclineReason.OTHER_BODYS_DUTY);

        PublicComplaintView view = PublicWording.viewOf(declined, clocks.current(declined));

        assertThat(view.stage()).isEqualTo(PublicStage.NOT_ACCEPTED);
        assertThat(view.decline()).hasValueSatisfying(decline -> {
            assertThat(decline.reasonText()).isEqualTo("该事项属于其他部门或单位的职责范围。");
            assertThat(decline.guidance()).isEqualTo("请向市场监督管理局反映。");
        });
        assertThat(view.replyDue()).as("nothing more is promised").isEmpty();
    }

    @Test
    void an_extended_reply_time_shows_the_new_time_and_that_it_was_extended() {
        Complaint dispatched = desk.dispatch(desk.accept(desk.register(Channel.LETTER, Duration.ofHours(1))));
        var newDue = clock(clocks.current(dispatched), ClockKind.REPLY).due().plus(Duration.ofDays(5));

        Complaint extended = desk.approveExtension(desk.requestExtension(dispatched, ClockKind.REPLY, newDue, clocks), clocks);
        PublicComplaintView view = PublicWording.viewOf(extended, clocks.current(extended));

        assertThat(view.replyDue()).contains(newDue);
        assertThat(view.replyDueExtended()).isTrue();
    }

    @Test
    void every_stage_and_decline_reason_has_words() {
        for (DeclineReason reason : DeclineReason.values()) {
            assertThat(PublicWording.reasonText(reason)).isNotBlank();
        }
        Complaint registered = desk.register(Channel.HOTLINE, Duration.ofHours(1));
        for (PublicStage stage : PublicStage.values()) {
            assertThat(PublicWording.textOf(stage, registered)).as(stage.name()).isNotBlank().doesNotContain("null");
        }
    }

    @Test
    void the_view_names_no_member_of_staff_nor_any_unit() {
        Complaint replied = desk.reply(desk.resolve(desk.dispatch(desk.accept(desk.register(Channel.LETTER,
                Duration.ofHours(1))))));

        String view = PublicWording.viewOf(replied, clocks.current(replied)).toString();

        assertThat(view).doesNotContain(DeadlineDesk.AGENT.userId().value(), DeadlineDesk.HANDLER.userId().value(),
                DeadlineDesk.SUPERVISOR.userId().value(), "gridco", "A technician calls you today.",
                "The reading was estimated.", "王小明", "13800138000");
    }
}
