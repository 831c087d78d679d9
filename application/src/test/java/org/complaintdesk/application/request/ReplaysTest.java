package org.complaintdesk.application.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.complaintdesk.application.testing.InMemoryComplaintStore;
import org.complaintdesk.application.testing.Intakes;
import org.complaintdesk.domain.complaint.*;
import org.complaintdesk.domain.complaint.Intake;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

/** When the request log answers a retry, and when it refuses a reused request id. */
class ReplaysTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();
    private final Actor agent = new Actor(new UserId("agent-1"), Role.AGENT, new OrgUnitId("water/cs"));

    @Test
    void a_request_never_recorded_is_not_a_retry() {
        assertThat(Replays.ofRegistration(store, key("r-new", "Register", "fp"))).isEmpty();
        assertThat(Replays.ofStep(store, key("r-new", "Accept", "fp"), new ComplaintId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_retried_registration_gets_the_complaint_as_it_is_now() {
        Complaint registered = register("r-register");
        accept(registered.id(), "r-accept");

        ComplaintResult retry = Replays.ofRegistration(store, key("r-register", "Register", "fp")).orElseThrow();

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.complaint().id()).isEqualTo(registered.id());
        assertThat(retry.complaint().state()).isEqualTo(ComplaintState.ACCEPTED);
    }

    @Test
    void a_registration_request_id_reused_with_another_body_is_refused() {
        register("r-register");

        assertThatThrownBy(() -> Replays.ofRegistration(store, key("r-register", "Register", "another-fp")))
                .isInstanceOfSatisfying(RequestIdReusedException.class,
                        e -> assertThat(e.requestId()).isEqualTo(new RequestId("r-register")));
    }

    @Test
    void a_retried_step_on_the_same_complaint_gets_the_complaint_as_it_is_now() {
        Complaint registered = register("r-register");
        accept(registered.id(), "r-accept");

        ComplaintResult retry = Replays.ofStep(store, key("r-accept", "Accept", "fp"), registered.id()).orElseThrow();

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.complaint().state()).isEqualTo(ComplaintState.ACCEPTED);
        assertThat(retry.complaint().version()).isEqualTo(2);
    }

    @Test
    void a_step_request_id_reused_for_another_step_is_refused() {
        Complaint registered = register("r-register");
        accept(registered.id(), "r-1");

        assertThatThrownBy(() -> Replays.ofStep(store, key("r-1", "Withdraw", "fp"), registered.id()))
                .isInstanceOf(RequestIdReusedException.class);
    }

    @Test
    void a_step_request_id_reused_for_the_same_step_on_another_complaint_is_refused() {
        Complaint first = register("r-register-1");
        Complaint second = register("r-register-2");
        accept(first.id(), "r-1");

        assertThatThrownBy(() -> Replays.ofStep(store, key("r-1", "Accept", "fp"), second.id()))
                .isInstanceOf(RequestIdReusedException.class);
    }

    private Complaint register(String requestId) {
        Intake intake = Intakes.lowWaterPressure(clock.instant().minusSeconds(60));
        Complaint complaint = Complaint.register(new ComplaintId(UUID.randomUUID()),
                () -> TicketNumber.of(LocalDate.of(2026, 11, 23), store.size() + 1), intake, agent,
                clock.instant(), new SeverityPolicy(), new PriorityPolicy());
        store.insert(complaint, key(requestId, "Register", "fp"));
        return complaint;
    }

    private void accept(ComplaintId id, String requestId) {
        Complaint accepted = store.findById(id).orElseThrow()
                .accept(new Statement("A technician calls you within 2 hours."), agent, clock.instant());
        store.update(accepted, key(requestId, "Accept", "fp"));
    }

    private static IdempotencyKey key(String requestId, String operation, String fingerprint) {
        return new IdempotencyKey(new RequestId(requestId), operation, fingerprint);
    }
}
