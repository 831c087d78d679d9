package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_NOTICE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EVENT_OUTBOX;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.declined;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.stepRequest;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.handling.StaleEtagException;
import org.complaintdesk.application.notice.NoticeWrites;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.notice.DeliveryOutcome;
import org.complaintdesk.domain.notice.IssuedNotice;
import org.complaintdesk.domain.notice.NoticeChannel;
import org.complaintdesk.domain.notice.NoticeKind;
import org.complaintdesk.domain.notice.RenderedNotice;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The notices a step issued are written in its transaction: with it, or not at all. */
class NoticeWriteTest {
    private static final Actor SMS_GATEWAY = new Actor(new UserId("sms-gateway"), Role.SYSTEM, new OrgUnitId("gridco"));
    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
    private Complaint stored;

    @BeforeEach
    void aStoredComplaint() {
        TestDatabase.clear();
        Complaint registered = registered(anIntake());
        store.insert(registered, aNewRequest());
        stored = store.findById(registered.id()).orElseThrow();
    }

    private IssuedNotice notice(Complaint step, String text) {
        return new IssuedNotice(UUID.randomUUID(), step.id(), step.ticketNumber(),
                new RenderedNotice(NoticeKind.ACCEPTANCE, NoticeChannel.SMS, text), step.updatedAt(),
                step.updatedAt().plus(Duration.ofMinutes(30)));
    }

    @Test
    void a_steps_notice_is_stored_with_it_and_enters_the_outbox_at_the_steps_version() {
        Complaint accepted = accepted(stored);
        IssuedNotice notice = notice(accepted, "您的投诉已受理，工单号" + accepted.ticketNumber().value() + "。");

        store.update(accepted, stepRequest("accept-1"), new NoticeWrites(List.of(notice)));

        var row = dsl.selectFrom(COMPLAINT_NOTICE).fetchSingle();
        assertThat(row.getId()).isEqualTo(notice.id());
        assertThat(row.getTenant()).isEqualTo(accepted.registration().orgUnit().top().value());
        assertThat(row.getTicketNumber()).isEqualTo(accepted.ticketNumber().value());
        assertThat(row.getKind()).isEqualTo("ACCEPTANCE");
        assertThat(row.getChannel()).isEqualTo("SMS");
        assertThat(row.getText()).isEqualTo(notice.notice().text());
        assertThat(row.getConfirmBy()).isEqualTo(notice.confirmBy());
        assertThat(row.getOutcome()).isNull();
        assertThat(dsl.selectFrom(EVENT_OUTBOX).where(EVENT_OUTBOX.SOURCE.eq("NOTICE")).fetchSingle())
                .satisfies(event -> {
                    assertThat(event.getNoticeId()).isEqualTo(notice.id());
                    assertThat(event.getSequence()).isEqualTo(accepted.version());
                    assertThat(event.getType()).isEqualTo("ACCEPTANCE");
                });
    }

    @Test
    void a_step_that_is_refused_leaves_no_notice_and_no_event_behind() {
        store.update(accepted(stored), stepRequest("accept-1"));
        Complaint declinedMeanwhile = declined(stored);

        assertThatThrownBy(() -> store.update(declinedMeanwhile, stepRequest("decline-1"),
                new NoticeWrites(List.of(notice(declinedMeanwhile, "未能受理。")))))
                .isInstanceOf(StaleEtagException.class);

        assertThat(dsl.fetchCount(COMPLAINT_NOTICE)).isZero();
        assertThat(dsl.fetchCount(EVENT_OUTBOX, EVENT_OUTBOX.SOURCE.eq("NOTICE"))).isZero();
    }

    @Test
    void a_notice_that_cannot_be_stored_takes_its_step_down_with_it() {
        Complaint accepted = accepted(stored);
        IssuedNotice tooLong = notice(accepted, "长".repeat(4001));

        assertThatThrownBy(() -> store.update(accepted, stepRequest("accept-1"), new NoticeWrites(List.of(tooLong))))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);

        assertThat(store.findById(stored.id()).orElseThrow().version()).isEqualTo(stored.version());
        assertThat(dsl.fetchCount(COMPLAINT_NOTICE)).isZero();
    }

    @Test
    void a_report_sets_the_notices_outcome_with_its_timeline_entry_and_the_notices_read_back_with_it() {
        Complaint accepted = accepted(stored);
        IssuedNotice notice = notice(accepted, "已受理。");
        store.update(accepted, stepRequest("accept-1"), new NoticeWrites(List.of(notice)));
        Complaint read = store.findById(stored.id()).orElseThrow();
        java.time.Instant at = read.updatedAt().plus(Duration.ofMinutes(2));
        Complaint reported = read.recordNoticeDelivered(notice.id(), SMS_GATEWAY, at);

        store.update(reported, stepRequest("dlr-1"), NoticeWrites.outcome(notice.id(), DeliveryOutcome.DELIVERED, at));

        var notices = new PostgresComplaintNotices(dsl);
        assertThat(notices.of(stored.id())).singleElement().satisfies(n -> {
            assertThat(n.issued()).isEqualTo(notice);
            assertThat(n.outcome()).contains(DeliveryOutcome.DELIVERED);
            assertThat(n.outcomeAt()).contains(at);
        });
        assertThat(notices.find(stored.id(), notice.id())).isPresent();
        assertThat(notices.find(stored.id(), UUID.randomUUID())).isEmpty();
        assertThat(new PostgresComplaintTimeline(dsl).events(stored.id(), 0, 10).getLast().details())
                .isEqualTo(new EventDetails.NoticeDelivered(notice.id()));
    }

    @Test
    void a_notice_keeps_its_first_report_even_against_a_write_that_skipped_the_check() {
        Complaint accepted = accepted(stored);
        IssuedNotice notice = notice(accepted, "已受理。");
        store.update(accepted, stepRequest("accept-1"), new NoticeWrites(List.of(notice)));
        Complaint read = store.findById(stored.id()).orElseThrow();
        java.time.Instant at = read.updatedAt().plus(Duration.ofMinutes(2));
        store.update(read.recordNoticeDelivered(notice.id(), SMS_GATEWAY, at), stepRequest("dlr-1"),
                NoticeWrites.outcome(notice.id(), DeliveryOutcome.DELIVERED, at));
        Complaint again = store.findById(stored.id()).orElseThrow();

        assertThatThrownBy(() -> store.update(again.recordNoticeFailed(notice.id(),
                        org.complaintdesk.domain.handling.Reason.brief("bounced"), SMS_GATEWAY, at), stepRequest("dlr-2"),
                NoticeWrites.outcome(notice.id(), DeliveryOutcome.FAILED, at)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(store.findById(stored.id()).orElseThrow().version()).isEqualTo(again.version());
        assertThat(new PostgresComplaintNotices(dsl).find(stored.id(), notice.id()).orElseThrow().outcome())
                .contains(DeliveryOutcome.DELIVERED);
    }
}
