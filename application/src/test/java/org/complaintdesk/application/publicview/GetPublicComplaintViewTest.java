package org.complaintdesk.application.publicview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.complaintdesk.application.deadline.DeadlineDesk;
import org.complaintdesk.application.port.out.VerificationCodes;
import org.complaintdesk.application.request.RoleNotPermittedException;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.notice.VerificationCode;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

/** Who gets the view, and how guessing is slowed down, on the in-memory register. */
class GetPublicComplaintViewTest {
    private static final Actor PORTAL = new Actor(new UserId("wechat-portal"), Role.PORTAL, new OrgUnitId("gridco"));
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final DeadlineDesk desk = new DeadlineDesk("2026-10-12T09:00");
    private final InMemoryVerificationFailures failures = new InMemoryVerificationFailures();
    private final GetPublicComplaintView view = viewFor(new PublicViewLimits(WINDOW, 3, 10));

    private GetPublicComplaintView viewFor(PublicViewLimits limits) {
        return new GetPublicComplaintView(desk.store, desk.clocks(DeadlinePolicies.seedForAll()), CODES, failures,
                limits, desk.clock, UUID::randomUUID);
    }

    /** A stand-in for the keyed codes: any deterministic function of the id will do here. */
    private static final VerificationCodes CODES = new VerificationCodes() {
        @Override
        public VerificationCode codeFor(ComplaintId complaint) {
            return new VerificationCode(String.format("%06d", Math.floorMod(complaint.value().hashCode(), 1_000_000)));
        }

        @Override
        public boolean matches(ComplaintId complaint, VerificationCode code) {
            return codeFor(complaint).equals(code);
        }
    };

    private Complaint accepted() {
        return desk.accept(desk.register(Channel.HOTLINE, Duration.ofHours(1)));
    }

    private static VerificationCode wrong(VerificationCode right) {
        return new VerificationCode(String.format("%06d", (Integer.parseInt(right.digits()) + 1) % 1_000_000));
    }

    @Test
    void the_right_code_gets_the_view() {
        Complaint c = accepted();

        PublicComplaintView shown = view.execute(PORTAL, c.ticketNumber(), CODES.codeFor(c.id()));

        assertThat(shown.ticket()).isEqualTo(c.ticketNumber());
        assertThat(shown.stage()).isEqualTo(PublicStage.IN_PROGRESS);
        assertThat(failures.recorded).isEmpty();
    }

    @Test
    void a_wrong_code_an_unknown_ticket_and_a_complaint_beyond_the_portal_are_one_refusal_and_each_is_counted() {
        Complaint c = accepted();
        var elsewhere = new Actor(new UserId("other-portal"), Role.PORTAL, new OrgUnitId("watercorp"));
        var unknown = TicketNumber.of(java.time.LocalDate.of(2026, 10, 12), 999_999);

        Throwable wrongCode = catchRefusal(PORTAL, c.ticketNumber(), wrong(CODES.codeFor(c.id())));
        Throwable noSuchTicket = catchRefusal(PORTAL, unknown, CODES.codeFor(c.id()));
        Throwable outOfReach = catchRefusal(elsewhere, c.ticketNumber(), CODES.codeFor(c.id()));

        for (Throwable refusal : new Throwable[] {wrongCode, noSuchTicket, outOfReach}) {
            assertThat(refusal).isInstanceOf(PublicComplaintNotFoundException.class)
                    .hasMessage(PublicComplaintNotFoundException.MESSAGE);
        }
        assertThat(failures.recorded).extracting(VerificationFailure::ticket)
                .containsExactly(c.ticketNumber(), unknown, c.ticketNumber());
        assertThat(failures.recorded).extracting(VerificationFailure::tenant)
                .containsExactly(new OrgUnitId("gridco"), new OrgUnitId("gridco"), new OrgUnitId("watercorp"));
    }

    @Test
    void after_the_limit_of_wrong_codes_even_the_right_one_is_refused_until_the_window_has_passed() {
        Complaint c = accepted();
        VerificationCode right = CODES.codeFor(c.id());
        for (int i = 0; i < 3; i++) {
            catchRefusal(PORTAL, c.ticketNumber(), wrong(right));
            desk.advance(Duration.ofMinutes(1));
        }

        assertThatThrownBy(() -> view.execute(PORTAL, c.ticketNumber(), right))
                .isInstanceOfSatisfying(VerificationLockedException.class, locked ->
                        // The third failure was a minute ago; the first of the three, three minutes ago.
                        assertThat(locked.retryAfter()).isEqualTo(WINDOW.minusMinutes(3)));
        assertThat(failures.recorded).as("a refused attempt is not checked, so not counted").hasSize(3);

        desk.advance(WINDOW.minusMinutes(3).minusSeconds(1));
        assertThatThrownBy(() -> view.execute(PORTAL, c.ticketNumber(), right))
                .isInstanceOf(VerificationLockedException.class);
        desk.advance(Duration.ofSeconds(1));
        assertThat(view.execute(PORTAL, c.ticketNumber(), right).ticket()).isEqualTo(c.ticketNumber());
    }

    @Test
    void an_attempt_counts_as_a_failure_while_it_is_checked_so_that_racing_attempts_see_it() {
        Complaint c = accepted();
        // Two failures recorded and a third attempt in flight on another instance: the limit of 3 is reached.
        catchRefusal(PORTAL, c.ticketNumber(), wrong(CODES.codeFor(c.id())));
        catchRefusal(PORTAL, c.ticketNumber(), wrong(CODES.codeFor(c.id())));
        var inFlight = new VerificationFailure(new OrgUnitId("gridco"), desk.clock.instant(), UUID.randomUUID(),
                c.ticketNumber(), PORTAL.userId());
        failures.record(inFlight, desk.clock.instant().minus(WINDOW));

        assertThatThrownBy(() -> view.execute(PORTAL, c.ticketNumber(), CODES.codeFor(c.id())))
                .isInstanceOf(VerificationLockedException.class);
        failures.withdraw(inFlight);
        assertThat(view.execute(PORTAL, c.ticketNumber(), CODES.codeFor(c.id())).ticket()).isEqualTo(c.ticketNumber());
        assertThat(failures.recorded).as("the success is withdrawn, the two failures stay").hasSize(2);
    }

    @Test
    void the_lock_is_per_ticket_number_another_complaint_is_still_shown() {
        Complaint guessed = accepted();
        Complaint other = accepted();
        for (int i = 0; i < 3; i++) {
            catchRefusal(PORTAL, guessed.ticketNumber(), wrong(CODES.codeFor(guessed.id())));
        }

        assertThat(view.execute(PORTAL, other.ticketNumber(), CODES.codeFor(other.id())).ticket())
                .isEqualTo(other.ticketNumber());
    }

    @Test
    void a_portal_guessing_across_many_tickets_is_stopped_by_its_own_limit() {
        GetPublicComplaintView strict = viewFor(new PublicViewLimits(WINDOW, 3, 4));
        Complaint c = accepted();
        for (int sequence = 1; sequence <= 4; sequence++) {
            TicketNumber someone = TicketNumber.of(java.time.LocalDate.of(2025, 1, 1), sequence);
            assertThatThrownBy(() -> strict.execute(PORTAL, someone, CODES.codeFor(c.id())))
                    .isInstanceOf(PublicComplaintNotFoundException.class);
        }

        assertThatThrownBy(() -> strict.execute(PORTAL, c.ticketNumber(), CODES.codeFor(c.id())))
                .isInstanceOf(VerificationLockedException.class);
        var anotherPortal = new Actor(new UserId("website"), Role.PORTAL, new OrgUnitId("gridco"));
        assertThat(strict.execute(anotherPortal, c.ticketNumber(), CODES.codeFor(c.id())).ticket())
                .isEqualTo(c.ticketNumber());
    }

    @Test
    void only_a_portal_may_ask() {
        Complaint c = accepted();

        assertThatThrownBy(() -> view.execute(DeadlineDesk.AGENT, c.ticketNumber(), CODES.codeFor(c.id())))
                .isInstanceOfSatisfying(RoleNotPermittedException.class, e -> {
                    assertThat(e.role()).isEqualTo(Role.AGENT);
                    assertThat(e.permittedRoles()).containsExactly(Role.PORTAL);
                });
        assertThat(failures.recorded).isEmpty();
    }

    private Throwable catchRefusal(Actor portal, TicketNumber ticket, VerificationCode code) {
        try {
            view.execute(portal, ticket, code);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}
