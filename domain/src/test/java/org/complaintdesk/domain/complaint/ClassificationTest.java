package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.ComplaintState.DECLINED;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.REGISTERED;
import static org.complaintdesk.domain.complaint.ComplaintState.WITHDRAWN;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.PRIORITIES;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SUPERVISOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.reason;
import static org.complaintdesk.domain.complaint.StepAssertions.invalid;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Corrections of the classification and the severity while a complaint is open (002 ch.2, 1.1.14). */
class ClassificationTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void reclassifying_changes_domain_nature_and_topic_but_not_the_state() {
        Complaint registered = lifecycle.registered();
        Instant now = lifecycle.advance(Duration.ofMinutes(5));

        Complaint reclassified = registered.reclassify(UtilityDomain.HEATING, Nature.SERVICE_QUALITY,
                new Topic("radiators cold"), reason("the complainant spoke of heating"), AGENT, now);

        assertThat(reclassified.state()).isEqualTo(REGISTERED);
        assertThat(reclassified.classification().utilityDomain()).isEqualTo(UtilityDomain.HEATING);
        assertThat(reclassified.classification().nature()).isEqualTo(Nature.SERVICE_QUALITY);
        assertThat(reclassified.classification().topic()).isEqualTo(new Topic("radiators cold"));
        assertThat(reclassified.handling()).isEqualTo(registered.handling());
        ComplaintEvent event = stepTaken(registered, reclassified, EventType.RECLASSIFIED, AGENT, now);
        assertThat(event.changedState()).isFalse();
        assertThat(event.note()).contains("the complainant spoke of heating");
        assertThat(event.details()).isEqualTo(new EventDetails.Reclassified(UtilityDomain.ELECTRICITY,
                UtilityDomain.HEATING, Nature.BILLING, Nature.SERVICE_QUALITY, new Topic("estimated meter reading"),
                new Topic("radiators cold"), DueChanges.none()));
    }

    @Test
    void the_lead_handler_may_reclassify_during_the_investigation() {
        Complaint investigating = lifecycle.investigating();
        Instant now = lifecycle.advance(Duration.ofMinutes(5));

        Complaint reclassified = investigating.reclassify(UtilityDomain.ELECTRICITY, Nature.MARKETING,
                investigating.classification().topic(), reason("a metering matter"), LEAD_HANDLER, now);

        assertThat(reclassified.state()).isEqualTo(INVESTIGATING);
        assertThat(reclassified.classification().nature()).isEqualTo(Nature.MARKETING);
        stepTaken(investigating, reclassified, EventType.RECLASSIFIED, LEAD_HANDLER, now);
    }

    @Test
    void reclassifying_to_the_same_classification_is_refused_as_nothing_changed() {
        Complaint registered = lifecycle.registered();
        ComplaintSnapshot before = registered.snapshot();

        invalid("utility_domain", Complaint.NOTHING_CHANGED, () -> registered.reclassify(
                UtilityDomain.ELECTRICITY, Nature.BILLING, new Topic("  estimated meter reading "),
                reason("just checking"), AGENT, lifecycle.now()));

        unchanged(registered, before);
    }

    @Test
    void a_declined_complaint_cannot_be_reclassified() {
        Complaint declined = lifecycle.declined();

        refusedInState(DECLINED, Complaint.COMPLAINT_NOT_OPEN, () -> declined.reclassify(UtilityDomain.WATER,
                Nature.BILLING, declined.classification().topic(), reason("water"), AGENT, lifecycle.now()));
    }

    @Test
    void raising_the_severity_keeps_the_proposal_records_the_reason_and_raises_the_priority() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofMinutes(5));

        Complaint raised = dispatched.changeSeverity(Severity.LEVEL_1, reason("the meter box is smoking"),
                PRIORITIES, LEAD_HANDLER, now);

        assertThat(raised.state()).isEqualTo(dispatched.state());
        assertThat(raised.triage().severity()).isEqualTo(new SeverityAssessment(Severity.LEVEL_3, Severity.LEVEL_1,
                Optional.of(reason("the meter box is smoking"))));
        assertThat(raised.triage().priority()).isEqualTo(Priority.URGENT);
        ComplaintEvent event = stepTaken(dispatched, raised, EventType.SEVERITY_CHANGED, LEAD_HANDLER, now);
        assertThat(event.note()).contains("the meter box is smoking");
        assertThat(event.details()).isEqualTo(new EventDetails.SeverityChanged(Severity.LEVEL_3, Severity.LEVEL_1,
                Priority.NORMAL, Priority.URGENT, DueChanges.none()));
    }

    @Test
    void lowering_the_severity_never_lowers_the_priority() {
        Complaint level1 = lifecycle.accepted(LifecycleFixture.level1Complaint());
        Instant now = lifecycle.advance(Duration.ofMinutes(5));

        Complaint lowered = level1.changeSeverity(Severity.LEVEL_2, reason("only the stairwell smelt of gas"),
                PRIORITIES, SUPERVISOR, now);

        assertThat(lowered.triage().severity().applied()).isEqualTo(Severity.LEVEL_2);
        assertThat(lowered.triage().severity().proposed()).isEqualTo(Severity.LEVEL_1);
        assertThat(lowered.triage().priority()).isEqualTo(Priority.URGENT);
        assertThat(stepTaken(level1, lowered, EventType.SEVERITY_CHANGED, SUPERVISOR, now).details())
                .isInstanceOfSatisfying(EventDetails.SeverityChanged.class, changed -> {
                    assertThat(changed.priorityBefore()).isEqualTo(Priority.URGENT);
                    assertThat(changed.priority()).isEqualTo(Priority.URGENT);
                });
    }

    @Test
    void returning_to_the_proposed_severity_drops_the_override_reason() {
        Complaint raised = LifecycleFixture.stored(lifecycle.registered().changeSeverity(Severity.LEVEL_2,
                reason("the whole building"), PRIORITIES, AGENT, lifecycle.advance(Duration.ofMinutes(5))));
        Instant now = lifecycle.advance(Duration.ofMinutes(5));

        Complaint back = raised.changeSeverity(Severity.LEVEL_3, reason("only one flat after all"), PRIORITIES,
                AGENT, now);

        assertThat(back.triage().severity().overridden()).isFalse();
        assertThat(back.triage().severity().overrideReason()).isEmpty();
        assertThat(back.triage().priority()).as("the priority never falls").isEqualTo(Priority.HIGH);
        assertThat(stepTaken(raised, back, EventType.SEVERITY_CHANGED, AGENT, now).note())
                .contains("only one flat after all");
    }

    @Test
    void changing_to_the_severity_that_applies_is_refused_as_nothing_changed() {
        Complaint registered = lifecycle.registered();

        invalid("severity", Complaint.NOTHING_CHANGED, () -> registered.changeSeverity(Severity.LEVEL_3,
                reason("same"), PRIORITIES, AGENT, lifecycle.now()));
    }

    @Test
    void a_withdrawn_complaint_keeps_its_severity() {
        Complaint withdrawn = lifecycle.withdrawn();

        refusedInState(WITHDRAWN, Complaint.COMPLAINT_NOT_OPEN, () -> withdrawn.changeSeverity(Severity.LEVEL_1,
                reason("too late"), PRIORITIES, AGENT, lifecycle.now()));
    }
}
