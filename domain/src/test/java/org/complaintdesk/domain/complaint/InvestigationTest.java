package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.ComplaintState.ACCEPTED;
import static org.complaintdesk.domain.complaint.ComplaintState.DISPATCHED;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.REGISTERED;
import static org.complaintdesk.domain.complaint.LifecycleFixture.AGENT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.CO_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SUPERVISOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SYSTEM;
import static org.complaintdesk.domain.complaint.LifecycleFixture.siteInspection;
import static org.complaintdesk.domain.complaint.LifecycleFixture.text;
import static org.complaintdesk.domain.complaint.StepAssertions.invalid;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.domain.handling.Contact;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.Finding;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.complaintdesk.domain.handling.InvestigationRecord;
import org.complaintdesk.domain.handling.Responsibility;
import org.complaintdesk.domain.handling.Satisfaction;
import org.junit.jupiter.api.Test;

/** Contacts with the complainant (003 三.2(2)), investigation records and the finding (000 二(二)). */
class InvestigationTest {
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void a_contact_is_recorded_with_its_time_method_and_promise_without_changing_the_state() {
        Complaint dispatched = lifecycle.dispatched();
        Instant contactedAt = lifecycle.now().plus(Duration.ofMinutes(10));
        Instant now = lifecycle.advance(Duration.ofMinutes(25));

        Complaint contacted = dispatched.recordContact(contactedAt, ContactMethod.PHONE,
                text("Explained the meter check."), Optional.of(text("A fitter comes on Monday.")), LEAD_HANDLER, now);

        assertThat(contacted.state()).isEqualTo(DISPATCHED);
        assertThat(contacted.handling().investigation().latestContact()).contains(new Contact(contactedAt, ContactMethod.PHONE,
                text("Explained the meter check."), Optional.of(text("A fitter comes on Monday.")),
                LEAD_HANDLER.userId()));
        ComplaintEvent event = stepTaken(dispatched, contacted, EventType.CONTACT_RECORDED, LEAD_HANDLER, now);
        assertThat(event.note()).contains("Explained the meter check.");
        assertThat(event.details()).isEqualTo(new EventDetails.ContactRecorded(contactedAt,
                org.complaintdesk.domain.handling.ContactMethod.PHONE, Optional.of("A fitter comes on Monday.")));
    }

    @Test
    void a_contact_without_a_promise_names_none() {
        Complaint accepted = lifecycle.accepted();
        Instant now = lifecycle.advance(Duration.ofMinutes(5));

        Complaint contacted = accepted.recordContact(now, ContactMethod.SMS, text("Sent the case number."),
                Optional.empty(), SYSTEM, now);

        assertThat(contacted.state()).isEqualTo(ACCEPTED);
        assertThat(stepTaken(accepted, contacted, EventType.CONTACT_RECORDED, SYSTEM, now).details())
                .isInstanceOfSatisfying(EventDetails.ContactRecorded.class, c -> assertThat(c.promise()).isEmpty());
    }

    @Test
    void the_latest_contact_replaces_the_earlier_one() {
        Complaint first = LifecycleFixture.stored(lifecycle.dispatched().recordContact(lifecycle.now(),
                ContactMethod.PHONE, text("first call"), Optional.empty(), LEAD_HANDLER, lifecycle.now()));
        Instant now = lifecycle.advance(Duration.ofHours(2));

        Complaint second = first.recordContact(now, ContactMethod.IN_PERSON, text("on site"), Optional.empty(),
                CO_HANDLER, now);

        assertThat(second.handling().investigation().latestContact()).map(Contact::summary).contains(text("on site"));
    }

    @Test
    void a_contact_is_not_recorded_before_acceptance() {
        Complaint registered = lifecycle.registered();

        refusedInState(REGISTERED, InvestigationAndResolution.CONTACT_BEFORE_ACCEPTANCE, () -> registered.recordContact(
                lifecycle.now(), ContactMethod.PHONE, text("called"), Optional.empty(), AGENT, lifecycle.now()));
    }

    @Test
    void a_contact_in_the_future_is_refused() {
        Complaint dispatched = lifecycle.dispatched();
        ComplaintSnapshot before = dispatched.snapshot();
        Instant now = lifecycle.now();

        invalid("contact_time", Complaint.IN_FUTURE, () -> dispatched.recordContact(now.plus(SKEW).plusSeconds(1),
                ContactMethod.PHONE, text("called"), Optional.empty(), LEAD_HANDLER, now));

        unchanged(dispatched, before);
    }

    @Test
    void a_contact_time_a_little_ahead_of_our_clock_is_believed() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.now();

        Complaint contacted = dispatched.recordContact(now.plus(SKEW), ContactMethod.PHONE, text("called"),
                Optional.empty(), LEAD_HANDLER, now);

        assertThat(contacted.handling().investigation().latestContact()).map(Contact::contactedAt).contains(now.plus(SKEW));
    }

    @Test
    void the_first_investigation_record_starts_the_investigation() {
        Complaint dispatched = lifecycle.dispatched();
        Instant conductedAt = lifecycle.now().plus(Duration.ofMinutes(20));
        Instant now = lifecycle.advance(Duration.ofHours(1));
        var record = new InvestigationRecord(InvestigationMethod.SITE_INSPECTION, conductedAt,
                Optional.of("meter room"), List.of("handler-lead", "the complainant"),
                text("The meter shows half the billed amount."), List.of("photo-1", "photo-2"));

        Complaint investigating = dispatched.recordInvestigation(record, LEAD_HANDLER, now);

        assertThat(investigating.state()).isEqualTo(INVESTIGATING);
        assertThat(investigating.handling().investigation().records()).isEqualTo(1);
        ComplaintEvent event = stepTaken(dispatched, investigating, EventType.INVESTIGATION_RECORDED,
                LEAD_HANDLER, now);
        assertThat(event.note()).contains("The meter shows half the billed amount.");
        assertThat(event.details()).isEqualTo(new EventDetails.InvestigationRecorded(
                org.complaintdesk.domain.handling.InvestigationMethod.SITE_INSPECTION, conductedAt, Optional.of("meter room"),
                List.of("handler-lead", "the complainant"), List.of("photo-1", "photo-2")));
    }

    @Test
    void a_record_without_place_participants_or_evidence_names_only_method_and_time() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofHours(1));
        var record = new InvestigationRecord(InvestigationMethod.DOCUMENT_REVIEW, now, Optional.empty(), List.of(),
                text("Billing log checked."), List.of());

        Complaint investigating = dispatched.recordInvestigation(record, LEAD_HANDLER, now);

        assertThat(investigating.newEvents().getLast().details()).isInstanceOfSatisfying(
                EventDetails.InvestigationRecorded.class, i -> {
                    assertThat(i.place()).isEmpty();
                    assertThat(i.participants()).isEmpty();
                    assertThat(i.evidence()).isEmpty();
                });
    }

    @Test
    void a_co_handling_department_adds_records_to_the_investigation() {
        Complaint investigating = lifecycle.investigating();
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint more = investigating.recordInvestigation(siteInspection(now), CO_HANDLER, now);

        assertThat(more.state()).isEqualTo(INVESTIGATING);
        assertThat(more.handling().investigation().records()).isEqualTo(2);
        stepTaken(investigating, more, EventType.INVESTIGATION_RECORDED, CO_HANDLER, now);
    }

    @Test
    void an_investigation_needs_a_dispatch() {
        Complaint accepted = lifecycle.accepted();

        refusedInState(ACCEPTED, InvestigationAndResolution.INVESTIGATION_WITHOUT_DISPATCH,
                () -> accepted.recordInvestigation(siteInspection(lifecycle.now()), SUPERVISOR, lifecycle.now()));
    }

    @Test
    void an_investigation_conducted_in_the_future_is_refused() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.now();

        invalid("conduct_time", Complaint.IN_FUTURE, () -> dispatched.recordInvestigation(
                siteInspection(now.plus(Duration.ofHours(1))), LEAD_HANDLER, now));
    }

    @Test
    void the_finding_names_who_is_responsible_on_its_grounds() {
        Complaint investigating = lifecycle.investigating();
        Instant now = lifecycle.advance(Duration.ofHours(3));

        Complaint found = investigating.recordFinding(Responsibility.THIRD_PARTY,
                text("A contractor damaged the cable."), LEAD_HANDLER, now);

        assertThat(found.state()).isEqualTo(INVESTIGATING);
        assertThat(found.handling().investigation().finding()).contains(new Finding(Responsibility.THIRD_PARTY,
                text("A contractor damaged the cable."), LEAD_HANDLER.userId(), now));
        ComplaintEvent event = stepTaken(investigating, found, EventType.FINDING_RECORDED, LEAD_HANDLER, now);
        assertThat(event.note()).contains("A contractor damaged the cable.");
        assertThat(event.details()).isEqualTo(new EventDetails.FindingRecorded(org.complaintdesk.domain.handling.Responsibility.THIRD_PARTY));
    }

    @Test
    void a_later_finding_replaces_the_earlier_one() {
        Complaint withFinding = lifecycle.withFinding();
        Instant now = lifecycle.advance(Duration.ofHours(3));

        Complaint revised = withFinding.recordFinding(Responsibility.UNFOUNDED, text("The bill was right."),
                SUPERVISOR, now);

        assertThat(revised.handling().investigation().finding()).map(Finding::responsibility).contains(Responsibility.UNFOUNDED);
    }

    @Test
    void a_finding_needs_an_investigation() {
        Complaint dispatched = lifecycle.dispatched();

        refusedInState(DISPATCHED, InvestigationAndResolution.FINDING_BEFORE_INVESTIGATION, () -> dispatched.recordFinding(
                Responsibility.COMPANY, text("no grounds yet"), LEAD_HANDLER, lifecycle.now()));
    }

    @Test
    void a_finding_needs_at_least_one_investigation_record_even_when_handling_was_reopened() {
        Complaint dispatched = lifecycle.dispatched(LifecycleFixture.consultation());
        Complaint answered = LifecycleFixture.stored(lifecycle.reply(dispatched));
        Complaint reopened = LifecycleFixture.stored(lifecycle.callBack(answered, Satisfaction.UNSATISFIED));
        assertThat(reopened.state()).isEqualTo(ComplaintState.INVESTIGATING);

        refusedInState(ComplaintState.INVESTIGATING, InvestigationAndResolution.FINDING_BEFORE_INVESTIGATION, () -> reopened.recordFinding(
                Responsibility.COMPANY, LifecycleFixture.text("meter misread"), LifecycleFixture.LEAD_HANDLER,
                lifecycle.now()));
    }
}
