package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_EVENT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.REQUEST_LOG;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.AGENT;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.METERING_HANDLER;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.SUPERVISOR;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.aNewStepRequest;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.says;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.toMeteringWithCoHandlers;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A complaint's timeline: read oldest first a page at a time, and never changed once written. */
class PostgresComplaintTimelineTest {
    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
    private final PostgresComplaintTimeline timeline = new PostgresComplaintTimeline(dsl);

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    @Test
    void a_timeline_is_read_oldest_first_a_page_at_a_time() {
        Complaint complaint = storedWithSixEntries();

        assertThat(sequences(timeline.events(complaint.id(), 0, 2))).containsExactly(1L, 2L);
        assertThat(sequences(timeline.events(complaint.id(), 2, 2))).containsExactly(3L, 4L);
        assertThat(sequences(timeline.events(complaint.id(), 4, 2))).containsExactly(5L, 6L);
        assertThat(timeline.events(complaint.id(), 6, 2)).isEmpty();
    }

    @Test
    void a_page_starts_right_after_the_given_sequence_and_stops_at_the_limit_or_the_end() {
        Complaint complaint = storedWithSixEntries();

        assertThat(sequences(timeline.events(complaint.id(), 3, 100))).containsExactly(4L, 5L, 6L);
        assertThat(sequences(timeline.events(complaint.id(), 1, 1))).containsExactly(2L);
    }

    @Test
    void each_complaint_has_a_timeline_of_its_own() {
        Complaint first = storedWithSixEntries();
        Complaint second = registered(anIntake());
        store.insert(second, aNewRequest());

        assertThat(timeline.events(second.id(), 0, 100)).containsExactlyElementsOf(second.newEvents());
        assertThat(timeline.events(first.id(), 0, 100)).hasSize(6);
    }

    @Test
    void an_entry_reads_back_with_its_actor_states_note_and_details() {
        Complaint registered = registered(anIntake());
        store.insert(registered, aNewRequest());
        Complaint contacted = accepted(Complaint.restore(registered.snapshot()))
                .recordContact(Instant.parse("2026-11-23T02:30:00Z"), ContactMethod.WECHAT, says("用户同意周三上门。"),
                        Optional.of(says("周三上午到达。")), AGENT, Instant.parse("2026-11-23T02:45:00.123456Z"));
        store.update(contacted, aNewStepRequest());

        ComplaintEvent contact = timeline.events(registered.id(), 2, 1).getFirst();

        assertThat(contact).isEqualTo(contacted.newEvents().getLast());
        assertThat(contact.type()).isEqualTo(EventType.CONTACT_RECORDED);
        assertThat(contact.actor()).isEqualTo(AGENT);
        assertThat(contact.stateBefore()).contains(ComplaintState.ACCEPTED);
        assertThat(contact.note()).contains("用户同意周三上门。");
        assertThat(contact.details()).isEqualTo(new EventDetails.ContactRecorded(Instant.parse("2026-11-23T02:30:00Z"),
                ContactMethod.WECHAT, Optional.of("周三上午到达。")));
        ComplaintEvent registration = timeline.events(registered.id(), 0, 1).getFirst();
        assertThat(registration.stateBefore()).isEmpty();
        assertThat(registration.note()).isEmpty();
    }

    @Test
    void an_entry_written_in_the_columns_format_of_earlier_versions_reads_back_typed() {
        Complaint registered = registered(anIntake());
        store.insert(registered, aNewRequest());
        dsl.execute("insert into complaint_event (complaint_id, sequence, type, actor_user_id, actor_role, actor_org_unit,"
                + " occurred_at, state_before, state_after, note, details) values (?, 2, 'DISPATCHED', 'agent-7', 'AGENT',"
                + " 'gridco/east', ?::timestamptz, 'ACCEPTED', 'DISPATCHED', null, ?::jsonb)", registered.id().value(),
                "2026-11-23T03:00:00Z",
                "{\"handler\": \"handler-lead\", \"lead_department\": \"gridco/east/metering\","
                        + " \"co_handling_departments\": \"gridco/east/billing,gridco/west/grid\"}");

        assertThat(timeline.events(registered.id(), 1, 1).getFirst().details()).isEqualTo(new EventDetails.Dispatched(
                new EventDetails.Assigned(new OrgUnitId("gridco/east/metering"), new UserId("handler-lead"),
                        List.of(new OrgUnitId("gridco/east/billing"), new OrgUnitId("gridco/west/grid")))));
    }

    @Test
    void an_unknown_complaint_has_an_empty_timeline() {
        storedWithSixEntries();

        assertThat(timeline.events(new ComplaintId(UUID.randomUUID()), 0, 10)).isEmpty();
    }

    @Test
    void the_timeline_port_refuses_a_limit_below_one() {
        assertThatThrownBy(() -> timeline.events(new ComplaintId(UUID.randomUUID()), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_timeline_entry_cannot_be_changed_even_by_hand() {
        Complaint complaint = storedWithSixEntries();

        assertThatThrownBy(() -> dsl.update(COMPLAINT_EVENT)
                .set(COMPLAINT_EVENT.NOTE, "改写的记录")
                .where(COMPLAINT_EVENT.COMPLAINT_ID.eq(complaint.id().value()))
                .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("complaint_event is append-only: UPDATE of a timeline entry is refused");

        assertThat(timeline.events(complaint.id(), 0, 100)).extracting(ComplaintEvent::note)
                .doesNotContain(Optional.of("改写的记录"));
    }

    @Test
    void a_timeline_entry_cannot_be_removed_even_by_hand() {
        Complaint complaint = storedWithSixEntries();

        assertThatThrownBy(() -> dsl.deleteFrom(COMPLAINT_EVENT)
                .where(COMPLAINT_EVENT.COMPLAINT_ID.eq(complaint.id().value()))
                .and(COMPLAINT_EVENT.SEQUENCE.eq(6L))
                .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("complaint_event is append-only: DELETE of a timeline entry is refused");

        assertThat(timeline.events(complaint.id(), 0, 100)).hasSize(6);
    }

    @Test
    void a_complaint_with_a_timeline_cannot_be_deleted() {
        Complaint complaint = storedWithSixEntries();
        dsl.deleteFrom(REQUEST_LOG).where(REQUEST_LOG.COMPLAINT_ID.eq(complaint.id().value())).execute();

        assertThatThrownBy(() -> dsl.deleteFrom(COMPLAINT).where(COMPLAINT.ID.eq(complaint.id().value())).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("complaint_event_complaint_fkey");

        assertThat(store.findById(complaint.id())).isPresent();
    }

    /** Registered, accepted, dispatched and three contacts: sequences 1 to 6. */
    private Complaint storedWithSixEntries() {
        Complaint registered = registered(anIntake());
        store.insert(registered, aNewRequest());
        Complaint c = accepted(Complaint.restore(registered.snapshot()));
        c = c.dispatch(toMeteringWithCoHandlers(), SUPERVISOR, c.updatedAt().plus(Duration.ofMinutes(5)));
        for (int i = 1; i <= 3; i++) {
            Instant at = c.updatedAt().plus(Duration.ofMinutes(5));
            c = c.recordContact(at, ContactMethod.PHONE, says("第" + i + "次联系。"), Optional.empty(), METERING_HANDLER, at);
        }
        store.update(c, aNewStepRequest());
        return c;
    }

    private static List<Long> sequences(List<ComplaintEvent> events) {
        return events.stream().map(ComplaintEvent::sequence).toList();
    }
}
