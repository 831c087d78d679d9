package org.complaintdesk.application.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.application.privacy.PersonalDataDisclosures;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RecordedRequest;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.application.request.RequestIdReusedException;
import org.complaintdesk.application.testing.InMemoryComplaintStore;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.domain.complaint.*;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

/**
 * The use case's own logic (replay, reuse, lost races, ticket date, the answer's record of personal
 * data access) with the ports faked in memory.
 */
class RegisterComplaintTest {
    // 2026-11-23 23:30 in UTC is already 2026-11-24 in Shanghai.
    private final MovableClock clock =
            new MovableClock(Instant.parse("2026-11-23T16:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final FakeStore complaints = new FakeStore();
    private int sequence;
    private final RegisterComplaint register = new RegisterComplaint(complaints,
            day -> TicketNumber.of(day, ++sequence), () -> new ComplaintId(UUID.randomUUID()), clock,
            new SeverityPolicy(), new PriorityPolicy(), (registered, at) -> Optional.of(quiet(registered, at)),
            new PersonalDataDisclosures(complaints.saved.accessLog(), clock, UUID::randomUUID));
    private final Actor agent = new Actor(new UserId("agent-1"), Role.AGENT, new OrgUnitId("water/cs"));

    @Test
    void the_ticket_number_carries_the_registration_day_in_the_business_time_zone() {
        var result = register.execute(command("r-1", "body-a"));

        assertThat(result.replayed()).isFalse();
        assertThat(result.complaint().ticketNumber().day()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void the_monitor_s_first_look_at_the_registration_s_time_is_stored_with_the_complaint() {
        var result = register.execute(command("r-1", "body-a"));

        assertThat(complaints.firstLooks).containsOnlyKeys(result.complaint().id());
        assertThat(complaints.firstLooks.get(result.complaint().id()).nextAttention()).contains(clock.instant());
    }

    @Test
    void a_retry_with_the_same_request_returns_the_first_complaint_and_creates_nothing() {
        var first = register.execute(command("r-1", "body-a"));
        var retry = register.execute(command("r-1", "body-a"));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.complaint().id()).isEqualTo(first.complaint().id());
        assertThat(complaints.saved.size()).isEqualTo(1);
    }

    @Test
    void the_same_request_id_with_another_body_is_refused() {
        register.execute(command("r-1", "body-a"));

        assertThatThrownBy(() -> register.execute(command("r-1", "body-b")))
                .isInstanceOfSatisfying(RequestIdReusedException.class,
                        e -> assertThat(e.rule()).isEqualTo("REQUEST_ID_REUSED"));
        assertThat(complaints.saved.size()).isEqualTo(1);
    }

    @Test
    void a_duplicate_the_store_reports_but_cannot_show_is_raised_not_swallowed() {
        register.execute(command("r-1", "body-a"));
        complaints.hideRequestsOnce = true;

        assertThatThrownBy(() -> register.execute(command("r-1", "body-a")))
                .isInstanceOf(DuplicateRequestException.class);
        assertThat(complaints.saved.size()).isEqualTo(1);
    }

    @Test
    void the_answer_s_full_disclosure_is_recorded_with_the_registration_and_not_again() {
        var result = register.execute(command("r-1", "body-a"));

        assertThat(result.disclosure()).isEqualTo(Disclosure.FULL);
        assertThat(complaints.accessesStoredWith).containsOnlyKeys(result.complaint().id());
        assertThat(complaints.accessesStoredWith.get(result.complaint().id())).singleElement().satisfies(access -> {
            assertThat(access.complaintId()).isEqualTo(result.complaint().id());
            assertThat(access.tenant()).isEqualTo(new OrgUnitId("water"));
            assertThat(access.user()).isEqualTo(agent.userId());
            assertThat(access.role()).isEqualTo(Role.AGENT);
            assertThat(access.orgUnit()).isEqualTo(agent.orgUnit());
            assertThat(access.accessedAt()).isEqualTo(clock.instant());
            assertThat(access.method()).isEqualTo("CreateComplaint");
            assertThat(access.fields()).isEqualTo(PersonalDataPolicy.fieldsOf(result.complaint()));
        });
        assertThat(complaints.saved.accessLog().all())
                .containsExactlyElementsOf(complaints.accessesStoredWith.get(result.complaint().id()));
    }

    @Test
    void every_role_that_may_register_is_shown_its_registration_in_full_and_that_is_recorded() {
        // The registrant typed the data in (PersonalDataPolicy): no registration's answer is masked.
        for (Role role : StepPolicy.roles(Step.REGISTER)) {
            var registrant = new Actor(new UserId(role.name().toLowerCase() + "-1"), role, new OrgUnitId("water/cs"));

            var result = register.execute(command("r-" + role, "body-" + role, registrant));

            assertThat(result.disclosure()).as("%s", role).isEqualTo(Disclosure.FULL);
            assertThat(complaints.accessesStoredWith.get(result.complaint().id())).as("%s", role)
                    .singleElement().satisfies(access -> assertThat(access.role()).isEqualTo(role));
        }
        assertThat(StepPolicy.roles(Step.REGISTER)).isNotEmpty();
    }

    @Test
    void a_replay_records_its_own_disclosure_and_stores_nothing_else() {
        var first = register.execute(command("r-1", "body-a"));
        clock.advance(Duration.ofMinutes(3));

        var retry = register.execute(command("r-1", "body-a"));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.disclosure()).isEqualTo(Disclosure.FULL);
        assertThat(complaints.accessesStoredWith).containsOnlyKeys(first.complaint().id());
        assertThat(complaints.saved.accessLog().all()).hasSize(2).last().satisfies(access -> {
            assertThat(access.complaintId()).isEqualTo(first.complaint().id());
            assertThat(access.method()).isEqualTo("CreateComplaint");
            assertThat(access.accessedAt()).isEqualTo(clock.instant());
        });
    }

    /** A first look that only names when it was taken, so that the test can tell. */
    private static Attention.Outcome quiet(Complaint registered, Instant at) {
        return new Attention.Outcome(registered, List.of(), Optional.of(at), Optional.empty(), Optional.empty(), Map.of());
    }

    private RegisterComplaint.Command command(String requestId, String fingerprint) {
        return command(requestId, fingerprint, agent);
    }

    private RegisterComplaint.Command command(String requestId, String fingerprint, Actor registrant) {
        Intake intake = new Intake(
                new Complainant(new PersonName("Li Lei"), PhoneNumber.of("13900001111"), Optional.empty(),
                        new Address("1 Water St"), ContactPreference.SMS),
                Channel.WEB, Optional.empty(), clock.instant().minusSeconds(60), ComplaintKind.COMPLAINT,
                UtilityDomain.WATER, Nature.SERVICE_QUALITY, new Topic("low pressure"),
                IntakeFacts.INDIVIDUAL_PROBLEM, Optional.empty(), Optional.empty(), Optional.empty(),
                new Description("Low pressure since Monday."), new Demand("Fix it."), Optional.empty(),
                new OrgUnitId("water/cs"));
        return new RegisterComplaint.Command(intake, registrant,
                new IdempotencyKey(new RequestId(requestId), RegisterComplaint.OPERATION, fingerprint));
    }

    /** The in-memory store, except that it can fail to show a recorded request once, as a lost race would. */
    private static final class FakeStore implements ComplaintStore {
        final InMemoryComplaintStore saved = new InMemoryComplaintStore();
        final Map<ComplaintId, Attention.Outcome> firstLooks = new HashMap<>();
        final Map<ComplaintId, List<PersonalDataAccess>> accessesStoredWith = new HashMap<>();
        boolean hideRequestsOnce;

        @Override
        public void insert(Complaint complaint, IdempotencyKey request, Optional<Attention.Outcome> firstLook,
                           List<PersonalDataAccess> accesses) {
            saved.insert(complaint, request, firstLook, accesses);
            firstLook.ifPresent(outcome -> firstLooks.put(complaint.id(), outcome));
            accessesStoredWith.put(complaint.id(), accesses);
        }

        @Override
        public void update(Complaint complaint, IdempotencyKey request,
                           org.complaintdesk.application.notice.NoticeWrites notices) {
            saved.update(complaint, request, notices);
        }

        @Override
        public Optional<Complaint> findById(ComplaintId id) {
            return saved.findById(id);
        }

        @Override
        public Optional<Complaint> findByTicketNumber(TicketNumber ticketNumber) {
            return saved.findByTicketNumber(ticketNumber);
        }

        @Override
        public Optional<RecordedRequest> findRequest(RequestId requestId) {
            if (hideRequestsOnce) {
                hideRequestsOnce = false;
                return Optional.empty();
            }
            return saved.findRequest(requestId);
        }
    }
}
