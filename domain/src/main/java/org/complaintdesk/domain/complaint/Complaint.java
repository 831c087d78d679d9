package org.complaintdesk.domain.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.Violations;

/**
 * A complaint, from registration on. The aggregate guards its own rules: it can only be created
 * through {@link #register} and only changed through methods named for business actions.
 */
public final class Complaint {
    public static final String RECEIVED_IN_FUTURE = "RECEIVED_IN_FUTURE";
    /** Clocks of intake systems drift; a receipt time this far ahead of ours is still believed. */
    static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(5);

    private final ComplaintSnapshot state;

    private Complaint(ComplaintSnapshot state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /**
     * Registers a complaint (000 二(一), 002 1.1): proposes the severity from the intake facts,
     * takes the agent's override when it carries a reason, derives the priority if none is given.
     * The version of a new complaint is 1. The ticket number is drawn only once the intake has
     * passed every check, so refused input uses up no number.
     */
    public static Complaint register(
            ComplaintId id,
            Supplier<TicketNumber> ticketNumber,
            Intake intake,
            Actor registeredBy,
            Instant now,
            SeverityPolicy severityPolicy,
            PriorityPolicy priorityPolicy) {
        var violations = new Violations();
        intakeRuleViolations(Optional.of(intake.receivedAt()), intake.facts(), intake.requestedSeverity(),
                intake.severityOverrideReason().isPresent(), now, severityPolicy).forEach(v ->
                violations.add(v.field(), v.rule(), v.message()));
        violations.throwIfAny();
        Severity proposed = severityPolicy.propose(intake.facts()).level();
        SeverityAssessment severity = SeverityAssessment.decide(
                proposed, intake.requestedSeverity(), intake.severityOverrideReason());

        Priority priority = intake.requestedPriority()
                .orElseGet(() -> priorityPolicy.derive(severity.applied(), intake.channel()));
        return new Complaint(new ComplaintSnapshot(
                id, ticketNumber.get(), ComplaintState.REGISTERED,
                intake.complainant(), intake.channel(), intake.channelReference(), intake.receivedAt(),
                intake.kind(), intake.utilityDomain(), intake.nature(), intake.topic(), intake.facts(),
                severity, priority, intake.description(), intake.demand(), intake.location(),
                intake.orgUnit(), registeredBy.userId(), now, now, 1L));
    }

    /**
     * The registration rules that span several intake fields, checked on whatever parts of the
     * intake could be read: a caller that found other bad fields can report these in the same
     * answer. {@link #register} applies exactly these.
     */
    public static List<FieldViolation> intakeRuleViolations(Optional<Instant> receivedAt, IntakeFacts facts,
            Optional<Severity> requestedSeverity, boolean overrideReasonGiven, Instant now, SeverityPolicy severityPolicy) {
        List<FieldViolation> found = new ArrayList<>();
        if (receivedAt.isPresent() && receivedAt.get().isAfter(now.plus(CLOCK_SKEW_ALLOWANCE))) {
            found.add(new FieldViolation("receive_time", RECEIVED_IN_FUTURE,
                    "must not be later than the time of registration"));
        }
        Severity proposed = severityPolicy.propose(facts).level();
        if (requestedSeverity.isPresent() && requestedSeverity.get() != proposed && !overrideReasonGiven) {
            found.add(new FieldViolation(SeverityAssessment.REASON_FIELD, SeverityAssessment.OVERRIDE_NEEDS_REASON,
                    "a severity other than the proposed " + proposed + " needs a reason"));
        }
        return found;
    }

    public static Complaint restore(ComplaintSnapshot snapshot) {
        return new Complaint(snapshot);
    }

    public ComplaintSnapshot snapshot() {
        return state;
    }

    public ComplaintId id() {
        return state.id();
    }

    public TicketNumber ticketNumber() {
        return state.ticketNumber();
    }

    public ComplaintState state() {
        return state.state();
    }

    public Complainant complainant() {
        return state.complainant();
    }

    public Channel channel() {
        return state.channel();
    }

    public Optional<ChannelReference> channelReference() {
        return state.channelReference();
    }

    public Instant receivedAt() {
        return state.receivedAt();
    }

    public ComplaintKind kind() {
        return state.kind();
    }

    public UtilityDomain utilityDomain() {
        return state.utilityDomain();
    }

    public Nature nature() {
        return state.nature();
    }

    public Topic topic() {
        return state.topic();
    }

    public IntakeFacts facts() {
        return state.facts();
    }

    public SeverityAssessment severity() {
        return state.severity();
    }

    public Priority priority() {
        return state.priority();
    }

    public Description description() {
        return state.description();
    }

    public Demand demand() {
        return state.demand();
    }

    public Optional<Location> location() {
        return state.location();
    }

    public OrgUnitId orgUnit() {
        return state.orgUnit();
    }

    public UserId registeredBy() {
        return state.registeredBy();
    }

    public Instant registeredAt() {
        return state.registeredAt();
    }

    public Instant updatedAt() {
        return state.updatedAt();
    }

    /** Optimistic-concurrency version; the API's etag is derived from it. */
    public long version() {
        return state.version();
    }

    @Override
    public String toString() {
        return "Complaint[" + state.id() + " " + state.ticketNumber() + " " + state.state() + " v" + state.version() + "]";
    }
}
