package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintdesk.domain.complaint.IntakeFixture.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ComplaintRegistrationTest {

    @Test
    void a_registered_complaint_starts_in_REGISTERED_at_version_1_with_the_agent_recorded() {
        Complaint c = register(billingComplaint());

        assertThat(c.state()).isEqualTo(ComplaintState.REGISTERED);
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.registration().registeredBy()).isEqualTo(AGENT.userId());
        assertThat(c.registration().registeredAt()).isEqualTo(NOW);
        assertThat(c.submission().receivedAt()).isBefore(NOW);
    }

    @Test
    void an_individual_billing_problem_is_proposed_level_3_and_queued_normal() {
        Complaint c = register(billingComplaint());

        assertThat(c.triage().severity().proposed()).isEqualTo(Severity.LEVEL_3);
        assertThat(c.triage().severity().applied()).isEqualTo(Severity.LEVEL_3);
        assertThat(c.triage().severity().overridden()).isFalse();
        assertThat(c.triage().priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void a_safety_hazard_is_level_1_and_urgent() {
        Complaint c = register(with(billingComplaint(), new IntakeFacts(true, false, false),
                Optional.empty(), Optional.empty()));

        assertThat(c.triage().severity().applied()).isEqualTo(Severity.LEVEL_1);
        assertThat(c.triage().priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void the_agent_may_override_the_proposed_level_with_a_reason() {
        Complaint c = register(with(billingComplaint(), IntakeFacts.INDIVIDUAL_PROBLEM,
                Optional.of(Severity.LEVEL_2), Optional.of(new Reason("whole building billed twice"))));

        assertThat(c.triage().severity().proposed()).isEqualTo(Severity.LEVEL_3);
        assertThat(c.triage().severity().applied()).isEqualTo(Severity.LEVEL_2);
        assertThat(c.triage().severity().overrideReason()).map(Reason::value).contains("whole building billed twice");
    }

    @Test
    void an_override_without_a_reason_is_refused() {
        Intake intake = with(billingComplaint(), IntakeFacts.INDIVIDUAL_PROBLEM,
                Optional.of(Severity.LEVEL_1), Optional.empty());

        assertThatThrownBy(() -> register(intake))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "severity_override_reason", "SEVERITY_OVERRIDE_NEEDS_REASON")));
    }

    @Test
    void requesting_the_proposed_level_needs_no_reason_and_keeps_none() {
        Complaint c = register(with(billingComplaint(), IntakeFacts.INDIVIDUAL_PROBLEM,
                Optional.of(Severity.LEVEL_3), Optional.of(new Reason("same anyway"))));

        assertThat(c.triage().severity().overrideReason()).isEmpty();
    }

    @Test
    void a_complaint_received_in_the_future_is_refused_but_small_clock_skew_is_tolerated() {
        assertThatThrownBy(() -> register(receivedAt(billingComplaint(), NOW.plusSeconds(3600))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("receive_time").hasMessageContaining("RECEIVED_IN_FUTURE");

        assertThat(register(receivedAt(billingComplaint(), NOW.plusSeconds(60))).submission().receivedAt())
                .isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void every_broken_rule_is_reported_together() {
        Intake intake = receivedAt(with(billingComplaint(), IntakeFacts.INDIVIDUAL_PROBLEM,
                Optional.of(Severity.LEVEL_1), Optional.empty()), NOW.plusSeconds(86_400));

        assertThatThrownBy(() -> register(intake))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("receive_time", "severity_override_reason"));
    }

    @Test
    void a_complaint_through_a_regulator_is_raised_one_priority_step() {
        Complaint c = register(withChannel(billingComplaint(), Channel.REGULATOR));

        assertThat(c.triage().priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void the_personal_data_of_the_complainant_never_shows_in_toString() {
        Complaint c = register(billingComplaint());

        String printed = c.toString() + c.submission().complainant() + c.submission().description() + c.submission().demand();
        assertThat(printed).doesNotContain("王小明", "13800138000", "3200123456", "中山路", "twice the usual");
    }

    @Test
    void a_refused_intake_draws_no_ticket_number() {
        Intake intake = receivedAt(billingComplaint(), NOW.plusSeconds(86_400));
        var drawn = new java.util.concurrent.atomic.AtomicInteger();

        assertThatThrownBy(() -> Complaint.register(new ComplaintId(java.util.UUID.randomUUID()), () -> {
            drawn.incrementAndGet();
            return TicketNumber.of(java.time.LocalDate.of(2026, 11, 23), 1);
        }, intake, AGENT, NOW, new SeverityPolicy(), new PriorityPolicy())).isInstanceOf(InvalidValueException.class);
        assertThat(drawn).hasValue(0);
    }

    @Test
    void a_complaint_received_more_than_a_year_before_its_registration_is_refused() {
        for (Instant receipt : List.of(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("1900-01-01T00:00:00Z"),
                NOW.minus(Duration.ofDays(366)))) {
            assertThatThrownBy(() -> register(receivedAt(billingComplaint(), receipt)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("receive_time", "RECEIVED_TOO_EARLY")));
        }

        assertThat(register(receivedAt(billingComplaint(), NOW.minus(Duration.ofDays(364)))).submission().receivedAt())
                .isEqualTo(NOW.minus(Duration.ofDays(364)));
    }

    @Test
    void an_auditor_may_not_register_a_complaint() {
        Actor auditor = new Actor(new UserId("auditor-1"), Role.AUDITOR, new OrgUnitId("gridco/east/office"));

        assertThatThrownBy(() -> Complaint.register(new ComplaintId(java.util.UUID.randomUUID()),
                () -> TicketNumber.of(java.time.LocalDate.of(2026, 11, 23), 1), billingComplaint(), auditor, NOW,
                new SeverityPolicy(), new PriorityPolicy()))
                .isInstanceOfSatisfying(StepNotPermittedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(StepNotPermittedException.ROLE_NOT_PERMITTED);
                    assertThat(e.step()).isEqualTo(Step.REGISTER);
                    assertThat(e.role()).isEqualTo(Role.AUDITOR);
                });
    }

    @Test
    void a_hotline_registers_for_the_unit_that_owns_the_complaint_and_is_recorded_as_its_intake_unit() {
        Actor hotline = new Actor(new UserId("agent-12345"), Role.AGENT, new OrgUnitId("city/12345"));

        Complaint registered = registerAs(hotline);

        assertThat(registered.registration().orgUnit()).isEqualTo(new OrgUnitId("gridco/east"));
        assertThat(registered.registration().intakeUnit()).isEqualTo(hotline.orgUnit());
        assertThat(UnitScope.reaches(new OrgUnitId("city/12345"), registered)).isTrue();
        assertThat(UnitScope.reaches(new OrgUnitId("city"), registered)).isTrue();
        assertThat(UnitScope.reaches(new OrgUnitId("city/12319"), registered)).isFalse();
        assertThat(PersonalDataPolicy.disclosureTo(new Actor(new UserId("callback-1"), Role.AGENT,
                new OrgUnitId("city/12345")), registered)).isEqualTo(PersonalDataPolicy.Disclosure.FULL);
    }

    private static Complaint registerAs(Actor actor) {
        return Complaint.register(new ComplaintId(java.util.UUID.randomUUID()),
                () -> TicketNumber.of(java.time.LocalDate.of(2026, 11, 23), 1), billingComplaint(), actor, NOW,
                new SeverityPolicy(), new PriorityPolicy());
    }
}
