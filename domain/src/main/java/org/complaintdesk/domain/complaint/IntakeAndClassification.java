package org.complaintdesk.domain.complaint;

import static org.complaintdesk.domain.complaint.ComplaintState.REGISTERED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/**
 * Registration (000 二(一), 002 1.1) and the corrections of classification and severity that may
 * follow while the complaint is open (002 ch.2, 1.1.14).
 */
public final class IntakeAndClassification {
    public static final String RECEIVED_IN_FUTURE = "RECEIVED_IN_FUTURE";
    public static final String RECEIVED_TOO_EARLY = "RECEIVED_TOO_EARLY";
    /**
     * How long before its registration a complaint may have been received. A receipt in year 1 or
     * 1900 is a typing or a default-value error, and would breach every clock at once; a letter
     * found a year late is registered as received on the day it was found.
     */
    public static final Duration MAX_RECEIPT_AGE = Duration.ofDays(365);

    private IntakeAndClassification() {
    }

    /**
     * The version of a new complaint is 1, and its timeline starts with a REGISTERED entry. The
     * ticket number is drawn only once the intake has passed every check, so refused input uses
     * up no number.
     */
    static Complaint register(ComplaintId id, Supplier<TicketNumber> ticketNumber, Intake intake, Actor registeredBy,
                              Instant now, SeverityPolicy severityPolicy, PriorityPolicy priorityPolicy) {
        // Who registers is checked before what is registered.
        StepPolicy.authorizeRegistration(registeredBy);
        var violations = new Violations();
        intakeRuleViolations(Optional.of(intake.receivedAt()), intake.facts(), intake.requestedSeverity(),
                intake.severityOverrideReason().isPresent(), now, severityPolicy)
                .forEach(v -> violations.add(v.field(), v.rule(), v.message()));
        violations.throwIfAny();
        Severity proposed = severityPolicy.propose(intake.facts()).level();
        SeverityAssessment severity = SeverityAssessment.decide(
                proposed, intake.requestedSeverity(), intake.severityOverrideReason());
        Priority priority = intake.requestedPriority()
                .orElseGet(() -> priorityPolicy.derive(severity.applied(), intake.channel()));
        var snapshot = new ComplaintSnapshot(id, ticketNumber.get(), REGISTERED,
                new Submission(intake.complainant(), intake.channel(), intake.channelReference(), intake.receivedAt(),
                        intake.facts(), intake.description(), intake.demand(), intake.location()),
                new Classification(intake.kind(), intake.utilityDomain(), intake.nature(), intake.topic()),
                new Triage(severity, priority),
                new Registration(intake.orgUnit(), registeredBy.orgUnit(), registeredBy.userId(), now),
                Handling.NONE, now, 1L);
        var details = new EventDetails.Registered(snapshot.ticketNumber(), intake.kind(), intake.channel(),
                severity.applied(), priority);
        var registered = new ComplaintEvent(id, 1L, registeredBy, now, Optional.empty(),
                REGISTERED, Optional.empty(), details);
        return new Complaint(snapshot, List.of(registered));
    }

    /**
     * The registration rules that span several intake fields, checked on whatever parts of the
     * intake could be read: a caller that found other bad fields can report these in the same
     * answer. {@link Complaint#register} applies exactly these.
     */
    public static List<FieldViolation> intakeRuleViolations(Optional<Instant> receivedAt, IntakeFacts facts,
            Optional<Severity> requestedSeverity, boolean overrideReasonGiven, Instant now,
            SeverityPolicy severityPolicy) {
        List<FieldViolation> found = new ArrayList<>();
        if (receivedAt.isPresent() && Complaint.inFuture(receivedAt.get(), now)) {
            found.add(new FieldViolation("receive_time", RECEIVED_IN_FUTURE,
                    "must not be later than the time of registration"));
        }
        if (receivedAt.isPresent() && receivedAt.get().isBefore(now.minus(MAX_RECEIPT_AGE))) {
            found.add(new FieldViolation("receive_time", RECEIVED_TOO_EARLY,
                    "must not be more than " + MAX_RECEIPT_AGE.toDays() + " days before the time of registration"));
        }
        Severity proposed = severityPolicy.propose(facts).level();
        if (requestedSeverity.isPresent() && requestedSeverity.get() != proposed && !overrideReasonGiven) {
            found.add(new FieldViolation(SeverityAssessment.REASON_FIELD, SeverityAssessment.OVERRIDE_NEEDS_REASON,
                    "a severity other than the proposed " + proposed + " needs a reason"));
        }
        return found;
    }

    static Complaint reclassify(Complaint c, UtilityDomain utilityDomain, Nature nature, Topic topic, Reason reason,
                                Actor actor, Instant now) {
        c.authorize(Step.RECLASSIFY, actor);
        c.requireOpen(Step.RECLASSIFY);
        Classification before = c.classification();
        if (before.sameAs(utilityDomain, nature, topic)) {
            throw new InvalidValueException("utility_domain", Complaint.NOTHING_CHANGED,
                    "domain, nature and topic are already as given");
        }
        var details = new EventDetails.Reclassified(before.utilityDomain(), utilityDomain, before.nature(), nature,
                before.topic(), topic, DueChanges.none());
        return c.with(c.snapshot().with(before.reclassified(utilityDomain, nature, topic)))
                .step(Step.RECLASSIFY, c.state(), actor, now, Optional.of(reason.value()), details, c.handling());
    }

    /** The priority rises to what the new severity calls for, and never falls: it may have been raised by hand. */
    static Complaint changeSeverity(Complaint c, Severity severity, Reason reason, PriorityPolicy priorityPolicy,
                                    Actor actor, Instant now) {
        c.authorize(Step.CHANGE_SEVERITY, actor);
        c.requireOpen(Step.CHANGE_SEVERITY);
        Triage before = c.triage();
        if (severity == before.severity().applied()) {
            throw new InvalidValueException("severity", Complaint.NOTHING_CHANGED, "the severity is already " + severity);
        }
        Priority derived = priorityPolicy.derive(severity, c.submission().channel());
        Priority priority = derived.compareTo(before.priority()) < 0 ? derived : before.priority();
        SeverityAssessment proposedBefore = before.severity();
        var assessment = new SeverityAssessment(proposedBefore.proposed(), severity,
                severity == proposedBefore.proposed() ? Optional.empty() : Optional.of(reason));
        var details = new EventDetails.SeverityChanged(proposedBefore.applied(), severity, before.priority(), priority,
                DueChanges.none());
        return c.with(c.snapshot().with(new Triage(assessment, priority)))
                .step(Step.CHANGE_SEVERITY, c.state(), actor, now, Optional.of(reason.value()), details, c.handling());
    }
}
