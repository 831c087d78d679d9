package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_NOTICE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EVENT_OUTBOX;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.stepRequest;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.notice.NoticeWrites;
import org.complaintdesk.application.notice.UnconfirmedNotice;
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

/** The monitor's look for notices no gateway confirmed in time: noted on the timeline and marked, together. */
class UnconfirmedNoticeWatchTest {
    private static final Actor MONITOR = new Actor(new UserId("clock-monitor"), Role.SYSTEM, new OrgUnitId("gridco/east"));
    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
    private final PostgresClockWatch watch = new PostgresClockWatch(dsl, TestDatabase.personalData());
    private final PostgresComplaintNotices notices = new PostgresComplaintNotices(dsl);
    private Complaint complaint;
    private IssuedNotice notice;

    @BeforeEach
    void anAcceptanceNoticeIssued() {
        TestDatabase.clear();
        Complaint registered = registered(anIntake());
        store.insert(registered, aNewRequest());
        Complaint accepted = accepted(store.findById(registered.id()).orElseThrow());
        notice = new IssuedNotice(UUID.randomUUID(), accepted.id(), accepted.ticketNumber(),
                new RenderedNotice(NoticeKind.ACCEPTANCE, NoticeChannel.SMS, "已受理。"), accepted.updatedAt(),
                accepted.updatedAt().plus(Duration.ofMinutes(30)));
        store.update(accepted, stepRequest("accept-1"), new NoticeWrites(List.of(notice)));
        complaint = store.findById(registered.id()).orElseThrow();
    }

    private List<UnconfirmedNotice> noteAt(Instant now) {
        return watch.noteUnconfirmed(now, 10, u -> u.complaint().recordNoticeUnconfirmed(u.notice().issued().id(),
                u.notice().issued().confirmBy(), MONITOR, now));
    }

    @Test
    void a_notice_past_its_confirmation_time_is_noted_on_the_timeline_and_marked_once() {
        Instant later = notice.confirmBy().plusSeconds(1);

        List<UnconfirmedNotice> noted = noteAt(later);

        assertThat(noted).singleElement().satisfies(u -> assertThat(u.notice().issued()).isEqualTo(notice));
        assertThat(notices.find(complaint.id(), notice.id()).orElseThrow().outcome()).contains(DeliveryOutcome.UNCONFIRMED);
        Complaint after = store.findById(complaint.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(complaint.version() + 1);
        assertThat(new PostgresComplaintTimeline(dsl).events(complaint.id(), complaint.version(), 10))
                .singleElement().satisfies(e -> assertThat(e.details())
                        .isEqualTo(new EventDetails.NoticeUnconfirmed(notice.id(), notice.confirmBy())));
        assertThat(dsl.fetchCount(EVENT_OUTBOX, EVENT_OUTBOX.TYPE.eq("NOTICE_UNCONFIRMED"))).isEqualTo(1);
        assertThat(noteAt(later.plusSeconds(60))).isEmpty();
    }

    @Test
    void a_notice_still_in_time_or_reported_is_left_alone_and_a_late_report_still_counts() {
        assertThat(noteAt(notice.confirmBy().minusSeconds(1))).isEmpty();
        assertThat(dsl.fetchOne(COMPLAINT_NOTICE).getOutcome()).isNull();

        Instant later = notice.confirmBy().plusSeconds(1);
        noteAt(later);
        Complaint unconfirmed = store.findById(complaint.id()).orElseThrow();
        store.update(unconfirmed.recordNoticeDelivered(notice.id(), MONITOR, later.plusSeconds(5)), stepRequest("dlr-1"),
                NoticeWrites.outcome(notice.id(), DeliveryOutcome.DELIVERED, later.plusSeconds(5)));

        assertThat(notices.find(complaint.id(), notice.id()).orElseThrow().outcome()).contains(DeliveryOutcome.DELIVERED);
        assertThat(noteAt(later.plusSeconds(3600))).isEmpty();
    }
}
