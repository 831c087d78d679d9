package org.complaintdesk.application.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.deadline.FirstLook;
import org.complaintdesk.application.port.out.ComplaintStore;
import org.complaintdesk.application.port.out.IdGenerator;
import org.complaintdesk.application.port.out.TicketNumberSequence;
import org.complaintdesk.application.privacy.PersonalDataDisclosures;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.Replays;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.Intake;
import org.complaintdesk.domain.complaint.IntakeAndClassification;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.complaint.PriorityPolicy;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.SeverityPolicy;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.validation.FieldViolation;

/**
 * Registers a complaint in the one register (000 二(一), 002 1.1), exactly once per request id:
 * a retry gets the complaint the first attempt created. Decides how the answer shows the complaint
 * to whoever registers it, and records that disclosure if it is in full (PIPL Art. 51, 55).
 */
public final class RegisterComplaint {
    public static final String OPERATION = "CreateComplaint";

    /** What to register, who registers it, and the request's identity for safe retries. */
    public record Command(Intake intake, Actor actor, IdempotencyKey request) {
        public Command {
            Objects.requireNonNull(intake, "intake");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * The complaint registered, or the one a first attempt registered; and how the answer shows it
     * to whoever registers it, a full disclosure recorded already.
     */
    public record Registered(Complaint complaint, boolean replayed, Disclosure disclosure) {
        public Registered {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(disclosure, "disclosure");
        }
    }

    private final ComplaintStore complaints;
    private final TicketNumberSequence tickets;
    private final IdGenerator ids;
    private final Clock clock;
    private final SeverityPolicy severityPolicy;
    private final PriorityPolicy priorityPolicy;
    private final FirstLook firstLook;
    private final PersonalDataDisclosures disclosures;

    /**
     * @param firstLook   the clock monitor's first look, stored with the complaint
     * @param disclosures decides the answer's disclosure and builds its record, stored with the complaint
     */
    public RegisterComplaint(ComplaintStore complaints, TicketNumberSequence tickets, IdGenerator ids,
                             Clock clock, SeverityPolicy severityPolicy, PriorityPolicy priorityPolicy,
                             FirstLook firstLook, PersonalDataDisclosures disclosures) {
        this.complaints = complaints;
        this.tickets = tickets;
        this.ids = ids;
        this.clock = clock;
        this.severityPolicy = severityPolicy;
        this.priorityPolicy = priorityPolicy;
        this.firstLook = Objects.requireNonNull(firstLook, "firstLook");
        this.disclosures = Objects.requireNonNull(disclosures, "disclosures");
    }

    public Registered execute(Command command) {
        // Retries are rare: try the insert straight away and let the store's unique request id
        // detect a repeat, instead of paying a look-up on every registration. A repeat costs
        // one ticket number (numbers are unique, not gapless).
        Instant now = clock.instant();
        // The ticket's date is the registration day where the company works, not in UTC.
        LocalDate day = LocalDate.ofInstant(now, clock.getZone());
        Complaint complaint = Complaint.register(ids.newComplaintId(), () -> tickets.next(day),
                command.intake(), command.actor(), now, severityPolicy, priorityPolicy);
        // The answer's record of personal data access goes in with the registration: one commit, not two.
        PersonalDataDisclosures.Plan shown = disclosures.plan(command.actor(), complaint, OPERATION);
        try {
            complaints.insert(complaint, command.request(), firstLook.of(complaint, now), shown.accesses());
            return new Registered(complaint, false, shown.disclosures().getFirst());
        } catch (DuplicateRequestException repeated) {
            ComplaintResult replay = Replays.ofRegistration(complaints, command.request()).orElseThrow(() -> repeated);
            // A replay shows the complaint again, as it is now: a disclosure of its own, recorded
            // on its own since nothing else is written.
            return new Registered(replay.complaint(), true,
                    disclosures.disclose(command.actor(), replay.complaint(), OPERATION));
        }
    }

    /**
     * The registration rules that span several fields, judged now, for a caller that is about to
     * refuse other bad fields and wants to report every problem in one answer.
     */
    public List<FieldViolation> intakeRuleViolations(Optional<Instant> receivedAt, IntakeFacts facts,
                                                     Optional<Severity> requestedSeverity, boolean overrideReasonGiven) {
        return IntakeAndClassification.intakeRuleViolations(receivedAt, facts, requestedSeverity, overrideReasonGiven,
                clock.instant(), severityPolicy);
    }

}
