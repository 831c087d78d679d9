package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.ComplaintState.DISPATCHED;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLUTION_PROPOSED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLVED;
import static org.complaintdesk.domain.complaint.LifecycleFixture.APPROVAL;
import static org.complaintdesk.domain.complaint.LifecycleFixture.COMPENSATION;
import static org.complaintdesk.domain.complaint.LifecycleFixture.DIRECTOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.LEAD_HANDLER;
import static org.complaintdesk.domain.complaint.LifecycleFixture.OWNING_UNIT;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SUPERVISOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.reason;
import static org.complaintdesk.domain.complaint.LifecycleFixture.text;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.domain.handling.ApprovalStatus;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.RemedyKind;
import org.complaintdesk.domain.handling.Resolution;
import org.junit.jupiter.api.Test;

/** The proposed resolution and its approval (000 二(三), 001 (四)). */
class ResolutionTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void a_level_3_resolution_without_money_needs_no_approval_and_stands_at_once() {
        Complaint withFinding = lifecycle.withFinding();
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint resolved = withFinding.proposeResolution(text("Correct the October bill."), Optional.empty(),
                APPROVAL, LEAD_HANDLER, now);

        assertThat(resolved.state()).isEqualTo(RESOLVED);
        assertThat(resolved.handling().outcome().resolution()).contains(new Resolution(text("Correct the October bill."),
                Optional.empty(), LEAD_HANDLER.userId(), now, ApprovalStatus.NOT_REQUIRED, Optional.empty(),
                Optional.empty(), Optional.empty()));
        ComplaintEvent event = stepTaken(withFinding, resolved, EventType.RESOLUTION_PROPOSED, LEAD_HANDLER, now);
        assertThat(event.note()).contains("Correct the October bill.");
        assertThat(event.details()).isEqualTo(new EventDetails.ResolutionProposed(false, Optional.empty()));
    }

    @Test
    void a_compensation_needs_approval() {
        Complaint withFinding = lifecycle.withFinding();
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint proposed = withFinding.proposeResolution(text("Refund and compensate."), Optional.of(COMPENSATION),
                APPROVAL, LEAD_HANDLER, now);

        assertThat(proposed.state()).isEqualTo(RESOLUTION_PROPOSED);
        assertThat(proposed.handling().outcome().resolution()).contains(Resolution.proposed(text("Refund and compensate."),
                Optional.of(COMPENSATION), LEAD_HANDLER.userId(), now, true));
        assertThat(proposed.handling().outcome().resolution()).map(Resolution::approval).contains(ApprovalStatus.PENDING);
        assertThat(stepTaken(withFinding, proposed, EventType.RESOLUTION_PROPOSED, LEAD_HANDLER, now).details())
                .isEqualTo(new EventDetails.ResolutionProposed(true, Optional.of(
                        new org.complaintdesk.domain.handling.Remedy(org.complaintdesk.domain.handling.RemedyKind.COMPENSATION, 5000))));
    }

    @Test
    void a_fee_reduction_needs_approval_too() {
        Complaint withFinding = lifecycle.withFinding();

        Complaint proposed = withFinding.proposeResolution(text("Waive the late fee."),
                Optional.of(new Remedy(RemedyKind.FEE_REDUCTION, 1)), APPROVAL, LEAD_HANDLER, lifecycle.now());

        assertThat(proposed.state()).isEqualTo(RESOLUTION_PROPOSED);
        assertThat(proposed.newEvents().getLast().details()).isInstanceOfSatisfying(EventDetails.ResolutionProposed.class,
                p -> assertThat(p.remedy().orElseThrow().kind()).isEqualTo(org.complaintdesk.domain.handling.RemedyKind.FEE_REDUCTION));
    }

    @Test
    void a_level_1_resolution_needs_approval_even_without_money() {
        Complaint withFinding = lifecycle.withFinding(LifecycleFixture.level1Complaint());

        Complaint proposed = withFinding.proposeResolution(text("Replace the gas valve."), Optional.empty(),
                APPROVAL, LEAD_HANDLER, lifecycle.now());

        assertThat(proposed.state()).isEqualTo(RESOLUTION_PROPOSED);
        assertThat(proposed.newEvents().getLast().details()).isInstanceOfSatisfying(EventDetails.ResolutionProposed.class,
                p -> assertThat(p.approvalRequired()).isTrue());
    }

    @Test
    void a_unit_that_approves_every_resolution_gets_even_a_level_3_one_approved() {
        Complaint withFinding = lifecycle.withFinding();
        var policy = new ApprovalPolicy(Set.of(Severity.LEVEL_1), true, Set.of(OWNING_UNIT));

        Complaint proposed = withFinding.proposeResolution(text("Correct the bill."), Optional.empty(), policy,
                LEAD_HANDLER, lifecycle.now());

        assertThat(proposed.state()).isEqualTo(RESOLUTION_PROPOSED);
    }

    @Test
    void a_complaint_is_not_resolved_before_the_finding() {
        Complaint investigating = lifecycle.investigating();
        ComplaintSnapshot before = investigating.snapshot();

        refusedInState(INVESTIGATING, InvestigationAndResolution.RESOLUTION_BEFORE_FINDING, () -> investigating.proposeResolution(
                text("Correct the bill."), Optional.empty(), APPROVAL, LEAD_HANDLER, lifecycle.now()));

        unchanged(investigating, before);
    }

    @Test
    void a_resolution_follows_the_investigation() {
        Complaint dispatched = lifecycle.dispatched();

        refusedInState(DISPATCHED, InvestigationAndResolution.RESOLUTION_BEFORE_FINDING, () -> dispatched.proposeResolution(
                text("Correct the bill."), Optional.empty(), APPROVAL, LEAD_HANDLER, lifecycle.now()));
    }

    @Test
    void a_consultation_is_resolved_without_a_finding() {
        Complaint investigating = lifecycle.investigating(LifecycleFixture.consultation());

        Complaint resolved = investigating.proposeResolution(text("Explain the tariff."), Optional.empty(),
                APPROVAL, LEAD_HANDLER, lifecycle.now());

        assertThat(resolved.state()).isEqualTo(RESOLVED);
    }

    @Test
    void a_supervisor_approves_a_level_3_resolution_with_a_note() {
        Complaint proposed = lifecycle.resolutionProposed();
        Instant now = lifecycle.advance(Duration.ofHours(2));

        Complaint approved = proposed.approveResolution(Optional.of(text("Within the branch's limit.")),
                SUPERVISOR, now);

        assertThat(approved.state()).isEqualTo(RESOLVED);
        Resolution resolution = approved.handling().outcome().resolution().orElseThrow();
        assertThat(resolution.approval()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(resolution.decidedBy()).contains(SUPERVISOR.userId());
        assertThat(resolution.decidedAt()).contains(now);
        assertThat(resolution.decisionNote()).contains(text("Within the branch's limit."));
        assertThat(resolution.proposedBy()).isEqualTo(LEAD_HANDLER.userId());
        assertThat(resolution.remedy()).contains(COMPENSATION);
        ComplaintEvent event = stepTaken(proposed, approved, EventType.RESOLUTION_APPROVED, SUPERVISOR, now);
        assertThat(event.note()).contains("Within the branch's limit.");
        assertThat(event.details()).isEqualTo(new EventDetails.ResolutionApproved());
    }

    @Test
    void an_approval_without_a_note_leaves_the_note_empty() {
        Complaint proposed = lifecycle.resolutionProposed();
        Instant now = lifecycle.advance(Duration.ofHours(2));

        Complaint approved = proposed.approveResolution(Optional.empty(), DIRECTOR, now);

        assertThat(approved.handling().outcome().resolution().orElseThrow().decisionNote()).isEmpty();
        assertThat(stepTaken(proposed, approved, EventType.RESOLUTION_APPROVED, DIRECTOR, now).note()).isEmpty();
    }

    @Test
    void the_director_approves_a_level_1_resolution() {
        Complaint proposed = lifecycle.level1ResolutionProposed();
        Instant now = lifecycle.advance(Duration.ofMinutes(30));

        Complaint approved = proposed.approveResolution(Optional.empty(), DIRECTOR, now);

        assertThat(approved.state()).isEqualTo(RESOLVED);
        assertThat(approved.handling().outcome().resolution()).map(Resolution::approval).contains(ApprovalStatus.APPROVED);
        stepTaken(proposed, approved, EventType.RESOLUTION_APPROVED, DIRECTOR, now);
    }

    @Test
    void sending_a_resolution_back_returns_the_complaint_to_the_investigation() {
        Complaint proposed = lifecycle.resolutionProposed();
        Instant now = lifecycle.advance(Duration.ofHours(2));

        Complaint sentBack = proposed.sendBackResolution(reason("The amount has no basis."), SUPERVISOR, now);

        assertThat(sentBack.state()).isEqualTo(INVESTIGATING);
        Resolution resolution = sentBack.handling().outcome().resolution().orElseThrow();
        assertThat(resolution.approval()).isEqualTo(ApprovalStatus.SENT_BACK);
        assertThat(resolution.decidedBy()).contains(SUPERVISOR.userId());
        assertThat(resolution.decidedAt()).contains(now);
        assertThat(resolution.decisionNote()).contains(text("The amount has no basis."));
        ComplaintEvent event = stepTaken(proposed, sentBack, EventType.RESOLUTION_SENT_BACK, SUPERVISOR, now);
        assertThat(event.note()).contains("The amount has no basis.");
        assertThat(event.details()).isEqualTo(new EventDetails.ResolutionSentBack());
    }

    @Test
    void the_director_sends_back_a_level_1_resolution() {
        Complaint proposed = lifecycle.level1ResolutionProposed();
        Instant now = lifecycle.advance(Duration.ofMinutes(30));

        Complaint sentBack = proposed.sendBackResolution(reason("Check the riser too."), DIRECTOR, now);

        assertThat(sentBack.state()).isEqualTo(INVESTIGATING);
        stepTaken(proposed, sentBack, EventType.RESOLUTION_SENT_BACK, DIRECTOR, now);
    }

    @Test
    void after_a_send_back_a_new_resolution_is_proposed_on_the_same_finding() {
        Complaint sentBack = LifecycleFixture.stored(lifecycle.resolutionProposed().sendBackResolution(
                reason("No money."), SUPERVISOR, lifecycle.advance(Duration.ofHours(1))));
        Instant now = lifecycle.advance(Duration.ofHours(1));

        Complaint resolved = sentBack.proposeResolution(text("Correct the bill only."), Optional.empty(), APPROVAL,
                LEAD_HANDLER, now);

        assertThat(resolved.state()).isEqualTo(RESOLVED);
        assertThat(resolved.handling().outcome().resolution()).map(Resolution::approval).contains(ApprovalStatus.NOT_REQUIRED);
        stepTaken(sentBack, resolved, EventType.RESOLUTION_PROPOSED, LEAD_HANDLER, now);
    }

    @Test
    void a_resolution_that_stands_has_nothing_to_approve() {
        Complaint resolved = lifecycle.resolved();

        refusedInState(RESOLVED, InvestigationAndResolution.NO_RESOLUTION_AWAITING_APPROVAL,
                () -> resolved.approveResolution(Optional.empty(), SUPERVISOR, lifecycle.now()));
    }

    @Test
    void an_investigation_has_no_resolution_to_send_back() {
        Complaint withFinding = lifecycle.withFinding();

        refusedInState(INVESTIGATING, InvestigationAndResolution.NO_RESOLUTION_AWAITING_APPROVAL,
                () -> withFinding.sendBackResolution(reason("no"), SUPERVISOR, lifecycle.now()));
    }
}
