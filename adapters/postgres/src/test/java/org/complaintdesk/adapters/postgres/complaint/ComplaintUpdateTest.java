package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_EVENT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.REQUEST_LOG;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.SUPERVISOR;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.aNewStepRequest;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.declined;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.stepRequest;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.toBilling;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.time.Duration;
import java.util.List;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.handling.StaleEtagException;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.RecordedRequest;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Storing a step: the complaint, its new timeline entries and its request, all of them or nothing. */
class ComplaintUpdateTest {
    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
    private final PostgresComplaintTimeline timeline = new PostgresComplaintTimeline(dsl);
    /** As registered, with its registration entry. */
    private Complaint registered;
    /** As read back: the steps below are taken on it, as the service takes them. */
    private Complaint stored;

    @BeforeEach
    void aStoredComplaint() {
        TestDatabase.clear();
        registered = registered(anIntake());
        store.insert(registered, aNewRequest());
        stored = store.findById(registered.id()).orElseThrow();
    }

    @Test
    void a_step_is_stored_with_its_timeline_entry_and_its_request() {
        Complaint accepted = accepted(stored);

        store.update(accepted, stepRequest("accept-1"));

        Complaint stored = store.findById(registered.id()).orElseThrow();
        assertThat(stored.snapshot()).isEqualTo(accepted.snapshot());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(timeline.events(registered.id(), 0, 10))
                .containsExactly(registered.newEvents().getFirst(), accepted.newEvents().getFirst());
        assertThat(store.findRequest(new RequestId("accept-1"))).contains(new RecordedRequest(
                new RequestId("accept-1"), "AcceptComplaint", "sha256:accept-1", registered.id()));
    }

    @Test
    void several_steps_taken_since_the_complaint_was_read_are_stored_together() {
        Complaint accepted = accepted(stored);
        Complaint dispatched = accepted.dispatch(toBilling(), SUPERVISOR, accepted.updatedAt().plus(Duration.ofMinutes(1)));
        assertThat(dispatched.storedVersion()).isEqualTo(1);

        store.update(dispatched, aNewStepRequest());

        assertThat(store.findById(registered.id()).orElseThrow().snapshot()).isEqualTo(dispatched.snapshot());
        assertThat(timeline.events(registered.id(), 1, 10))
                .extracting(ComplaintEvent::sequence, ComplaintEvent::stateAfter)
                .containsExactly(
                        tuple(2L, ComplaintState.ACCEPTED),
                        tuple(3L, ComplaintState.DISPATCHED));
    }

    @Test
    void a_step_taken_on_a_version_that_has_moved_on_is_refused_and_nothing_of_it_is_written() {
        Complaint accepted = accepted(stored);
        store.update(accepted, aNewStepRequest());
        Complaint declinedMeanwhile = declined(stored);

        assertThatThrownBy(() -> store.update(declinedMeanwhile, stepRequest("decline-1")))
                .isInstanceOfSatisfying(StaleEtagException.class, e -> {
                    assertThat(e.complaintId()).isEqualTo(registered.id());
                    assertThat(e.expectedVersion()).isEqualTo(1);
                });

        assertThat(store.findById(registered.id()).orElseThrow().snapshot()).isEqualTo(accepted.snapshot());
        assertThat(timeline.events(registered.id(), 0, 10))
                .containsExactly(registered.newEvents().getFirst(), accepted.newEvents().getFirst());
        assertThat(store.findRequest(new RequestId("decline-1"))).isEmpty();
        assertThat(dsl.fetchCount(REQUEST_LOG)).isEqualTo(2);
    }

    @Test
    void a_step_on_a_complaint_that_was_never_stored_is_refused_as_stale() {
        Complaint unknown = accepted(Complaint.restore(registered(anIntake()).snapshot()));

        assertThatThrownBy(() -> store.update(unknown, stepRequest("accept-unknown")))
                .isInstanceOf(StaleEtagException.class);

        assertThat(store.findById(unknown.id())).isEmpty();
        assertThat(store.findRequest(new RequestId("accept-unknown"))).isEmpty();
        assertThat(dsl.fetchCount(COMPLAINT_EVENT)).isEqualTo(1);
    }

    @Test
    void a_request_id_already_recorded_is_refused_and_nothing_of_the_step_is_written() {
        Complaint accepted = accepted(stored);
        store.update(accepted, stepRequest("step-1"));
        Complaint storedAccepted = store.findById(registered.id()).orElseThrow();
        Complaint dispatched = storedAccepted.dispatch(toBilling(), SUPERVISOR,
                storedAccepted.updatedAt().plus(Duration.ofMinutes(1)));

        assertThatThrownBy(() -> store.update(dispatched, stepRequest("step-1")))
                .isInstanceOf(DuplicateRequestException.class);

        assertThat(store.findById(registered.id()).orElseThrow().snapshot()).isEqualTo(accepted.snapshot());
        assertThat(dsl.fetchCount(COMPLAINT_EVENT)).isEqualTo(2);
        assertThat(dsl.fetchCount(REQUEST_LOG)).isEqualTo(2);
        assertThat(store.findRequest(new RequestId("step-1"))).map(RecordedRequest::operation).contains("AcceptComplaint");
    }

    /** The use case replays a retry; told "stale" instead, the client would see its own step refused. */
    @Test
    void a_retry_of_a_stored_step_is_a_duplicate_request_although_its_version_has_moved_on() {
        Complaint accepted = accepted(stored);
        store.update(accepted, stepRequest("accept-1"));

        assertThatThrownBy(() -> store.update(accepted, stepRequest("accept-1")))
                .isInstanceOf(DuplicateRequestException.class);

        assertThat(dsl.fetchCount(COMPLAINT_EVENT)).isEqualTo(2);
    }

    @Test
    void a_complaint_that_took_no_step_is_not_an_update() {
        assertThatThrownBy(() -> store.update(stored, aNewStepRequest()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(dsl.fetchCount(REQUEST_LOG)).isEqualTo(1);
    }

    @Test
    void only_a_complaint_whose_timeline_starts_with_its_registration_is_inserted() {
        Complaint restored = Complaint.restore(registered(anIntake()).snapshot());

        assertThatThrownBy(() -> store.insert(restored, aNewRequest()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(dsl.fetchCount(COMPLAINT)).isEqualTo(1);
    }

    @Test
    void a_complaint_registered_and_taken_further_before_it_was_first_stored_keeps_its_whole_timeline() {
        Complaint fresh = accepted(registered(anIntake()));
        assertThat(fresh.newEvents()).hasSize(2);

        store.insert(fresh, aNewRequest());

        assertThat(timeline.events(fresh.id(), 0, 10)).isEqualTo(List.copyOf(fresh.newEvents()));
    }
}
