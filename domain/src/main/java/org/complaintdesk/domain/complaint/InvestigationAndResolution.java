package org.complaintdesk.domain.complaint;

import static org.complaintdesk.domain.complaint.ComplaintState.DISPATCHED;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.REGISTERED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLUTION_PROPOSED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLVED;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.domain.handling.ApprovalStatus;
import org.complaintdesk.domain.handling.Contact;
import org.complaintdesk.domain.handling.ContactMethod;
import org.complaintdesk.domain.handling.Finding;
import org.complaintdesk.domain.handling.InvestigationRecord;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.Resolution;
import org.complaintdesk.domain.handling.Responsibility;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;

/**
 * Contacts with the complainant (003 三.2(2)), the investigation and its finding (000 二(二), 002
 * ch.3), and the resolution with its approval (000 二(三), 001 (四)).
 */
public final class InvestigationAndResolution {
    public static final String CONTACT_BEFORE_ACCEPTANCE = "CONTACT_BEFORE_ACCEPTANCE";
    public static final String INVESTIGATION_WITHOUT_DISPATCH = "INVESTIGATION_WITHOUT_DISPATCH";
    public static final String FINDING_BEFORE_INVESTIGATION = "FINDING_BEFORE_INVESTIGATION";
    public static final String RESOLUTION_BEFORE_FINDING = "RESOLUTION_BEFORE_FINDING";
    public static final String NO_RESOLUTION_AWAITING_APPROVAL = "NO_RESOLUTION_AWAITING_APPROVAL";

    private InvestigationAndResolution() {
    }

    static Complaint recordContact(Complaint c, Instant contactedAt, ContactMethod method, Statement summary,
                                   Optional<Statement> promise, Actor actor, Instant now) {
        c.authorize(Step.RECORD_CONTACT, actor);
        c.requireOpen(Step.RECORD_CONTACT);
        Set<ComplaintState> accepted = ComplaintState.open();
        accepted.remove(REGISTERED);
        c.requireState(Step.RECORD_CONTACT, accepted, CONTACT_BEFORE_ACCEPTANCE,
                "contacts are recorded on accepted, open complaints");
        Complaint.requireNotInFuture("contact_time", contactedAt, now);
        var details = new EventDetails.ContactRecorded(contactedAt, method, promise.map(Statement::value));
        var contact = new Contact(contactedAt, method, summary, promise, actor.userId());
        return c.step(Step.RECORD_CONTACT, c.state(), actor, now, Optional.of(summary.value()), details,
                c.handling().with(c.handling().investigation().withContact(contact)));
    }

    static Complaint recordInvestigation(Complaint c, InvestigationRecord record, Actor actor, Instant now) {
        c.authorize(Step.RECORD_INVESTIGATION, actor);
        c.requireState(Step.RECORD_INVESTIGATION, EnumSet.of(DISPATCHED, INVESTIGATING), INVESTIGATION_WITHOUT_DISPATCH,
                "investigation records are added once the complaint is dispatched (state DISPATCHED or INVESTIGATING)");
        Complaint.requireNotInFuture("conduct_time", record.conductedAt(), now);
        var details = new EventDetails.InvestigationRecorded(record.method(), record.conductedAt(), record.place(),
                record.participants(), record.evidence());
        return c.step(Step.RECORD_INVESTIGATION, INVESTIGATING, actor, now, Optional.of(record.findings().value()),
                details, c.handling().with(c.handling().investigation().withRecordAdded()));
    }

    static Complaint recordFinding(Complaint c, Responsibility responsibility, Statement grounds, Actor actor,
                                   Instant now) {
        c.authorize(Step.RECORD_FINDING, actor);
        String needed = "a finding rests on an investigation (state INVESTIGATING, with at least one investigation record)";
        c.requireState(Step.RECORD_FINDING, EnumSet.of(INVESTIGATING), FINDING_BEFORE_INVESTIGATION, needed);
        if (c.handling().investigation().records() == 0) {
            throw new IllegalTransitionException(FINDING_BEFORE_INVESTIGATION, Step.RECORD_FINDING, c.state(), needed);
        }
        var finding = new Finding(responsibility, grounds, actor.userId(), now);
        return c.step(Step.RECORD_FINDING, INVESTIGATING, actor, now, Optional.of(grounds.value()),
                new EventDetails.FindingRecorded(responsibility),
                c.handling().with(c.handling().investigation().withFinding(finding)));
    }

    /** Consultations and suggestions need no finding. */
    static Complaint proposeResolution(Complaint c, Statement measures, Optional<Remedy> remedy, ApprovalPolicy policy,
                                       Actor actor, Instant now) {
        c.authorize(Step.PROPOSE_RESOLUTION, actor);
        c.requireState(Step.PROPOSE_RESOLUTION, EnumSet.of(INVESTIGATING), RESOLUTION_BEFORE_FINDING,
                "a resolution follows the investigation (state INVESTIGATING)");
        if (c.classification().kind() == ComplaintKind.COMPLAINT && c.handling().investigation().finding().isEmpty()) {
            throw new IllegalTransitionException(RESOLUTION_BEFORE_FINDING, Step.PROPOSE_RESOLUTION, c.state(),
                    "a complaint's resolution needs the responsibility finding first");
        }
        boolean needsApproval = policy.requiresApproval(c.triage().severity().applied(), remedy,
                c.registration().orgUnit());
        var details = new EventDetails.ResolutionProposed(needsApproval, remedy);
        var proposed = Resolution.proposed(measures, remedy, actor.userId(), now, needsApproval);
        return c.step(Step.PROPOSE_RESOLUTION, needsApproval ? RESOLUTION_PROPOSED : RESOLVED, actor, now,
                Optional.of(measures.value()), details, resolved(c, proposed));
    }

    static Complaint approveResolution(Complaint c, Optional<Statement> note, Actor actor, Instant now) {
        Resolution pending = decidable(c, Step.APPROVE_RESOLUTION, actor);
        return c.step(Step.APPROVE_RESOLUTION, RESOLVED, actor, now, note.map(Statement::value),
                new EventDetails.ResolutionApproved(), resolved(c, pending.decided(ApprovalStatus.APPROVED, actor.userId(), now, note)));
    }

    static Complaint sendBackResolution(Complaint c, Reason reason, Actor actor, Instant now) {
        Resolution pending = decidable(c, Step.SEND_BACK_RESOLUTION, actor);
        var sentBack = pending.decided(ApprovalStatus.SENT_BACK, actor.userId(), now,
                Optional.of(new Statement(reason.value())));
        return c.step(Step.SEND_BACK_RESOLUTION, INVESTIGATING, actor, now, Optional.of(reason.value()),
                new EventDetails.ResolutionSentBack(), resolved(c, sentBack));
    }

    private static Resolution decidable(Complaint c, Step step, Actor actor) {
        var severity = c.triage().severity().applied();
        StepPolicy.authorizeDecision(step, actor, severity);
        c.requireState(step, EnumSet.of(RESOLUTION_PROPOSED), NO_RESOLUTION_AWAITING_APPROVAL,
                "only a resolution awaiting approval (state RESOLUTION_PROPOSED) can be decided on");
        Resolution pending = c.handling().outcome().resolution().orElseThrow();
        StepPolicy.requireOtherThanProposer(step, actor, pending.proposedBy(), StepPolicy.deciders(step, severity),
                "proposed a resolution");
        return pending;
    }

    private static Handling resolved(Complaint c, Resolution resolution) {
        return c.handling().with(c.handling().outcome().withResolution(resolution));
    }
}
