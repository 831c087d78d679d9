package org.complaintdesk.adapters.grpc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.CreateComplaintRequest;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Address;
import org.complaintdesk.domain.complaint.ChannelReference;
import org.complaintdesk.domain.complaint.Complainant;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.complaint.Demand;
import org.complaintdesk.domain.complaint.Description;
import org.complaintdesk.domain.complaint.Intake;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Location;
import org.complaintdesk.domain.complaint.PersonName;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/**
 * Turns a CreateComplaint request into the registration command. Every field is checked before
 * anything is refused, so the client learns all its mistakes at once, each under its proto path
 * ({@code complaint.complainant.phone_number}).
 */
final class IntakeMapper {
    static final String COMPLAINT = "complaint";

    private IntakeMapper() {
    }

    /**
     * @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule
     * @throws CallerNotIdentifiedException if the caller gave no user id
     */
    static RegisterComplaint.Command toCommand(CreateComplaintRequest request, Caller caller, IntakeRules rules) {
        var violations = new Violations();
        RequestId requestId = violations.check(RequestId.FIELD, () -> new RequestId(request.getRequestId()));
        Intake intake = null;
        if (request.hasComplaint()) {
            intake = intake(request.getComplaint(), violations, rules);
        } else {
            violations.add(COMPLAINT, Text.REQUIRED, "must be set");
        }
        violations.throwIfAny();
        return new RegisterComplaint.Command(intake, caller.requireActor(),
                new IdempotencyKey(requestId, RegisterComplaint.OPERATION, fingerprint(request)));
    }

    /** What a retry must repeat exactly: see {@link RequestFingerprint}. */
    static String fingerprint(CreateComplaintRequest request) {
        return RequestFingerprint.of(request);
    }

    /** The registration rules that span several fields (the use case's, judged at the time of the call). */
    @FunctionalInterface
    interface IntakeRules {
        List<FieldViolation> violations(Optional<Instant> receivedAt, IntakeFacts facts, Optional<Severity> severity,
                                        boolean overrideReasonGiven);
    }

    private static Intake intake(Complaint complaint, Violations violations, IntakeRules rules) {
        Complainant complainant = null;
        if (complaint.hasComplainant()) {
            complainant = complainant(complaint.getComplainant(), violations);
        } else {
            violations.add(path("complainant"), Text.REQUIRED, "must be set");
        }
        var channel = ProtoEnums.CHANNEL.required(complaint.getChannel(), path("channel"), violations);
        Optional<ChannelReference> channelReference =
                optionalText(complaint.getChannelReference(), path("channel_reference"), ChannelReference::new, violations);
        Instant receivedAt = null;
        if (complaint.hasReceiveTime()) {
            receivedAt = violations.check(path("receive_time"), () -> ProtoTime.toInstant("receive_time", complaint.getReceiveTime()));
        } else {
            violations.add(path("receive_time"), Text.REQUIRED, "must be set");
        }
        var kind = ProtoEnums.KIND.required(complaint.getKind(), path("kind"), violations);
        var utilityDomain = ProtoEnums.UTILITY_DOMAIN.required(complaint.getUtilityDomain(), path("utility_domain"), violations);
        var nature = ProtoEnums.NATURE.required(complaint.getNature(), path("nature"), violations);
        Topic topic = violations.check(path("topic"), () -> new Topic(complaint.getTopic()));
        var facts = complaint.getIntakeFacts();
        var severity = ProtoEnums.SEVERITY.optional(complaint.getSeverity(), path("severity"), violations);
        Optional<Reason> overrideReason = optionalText(complaint.getSeverityOverrideReason(),
                path("severity_override_reason"), Reason::brief, violations);
        var priority = ProtoEnums.PRIORITY.optional(complaint.getPriority(), path("priority"), violations);
        Description description = violations.check(path("description"), () -> new Description(complaint.getDescription()));
        Demand demand = violations.check(path("demand"), () -> new Demand(complaint.getDemand()));
        Optional<Location> location = optionalText(complaint.getLocation(), path("location"), Location::new, violations);
        OrgUnitId orgUnit = violations.check(path("org_unit"), () -> new OrgUnitId(complaint.getOrgUnit()));
        var intakeFacts = new IntakeFacts(facts.getSafetyHazard(), facts.getLargeAreaInterruption(),
                facts.getWideAreaQualityProblem());
        // The rules that need the whole intake are judged with the field rules, so that the caller
        // learns every problem in one answer, each under its path in the request.
        rules.violations(Optional.ofNullable(receivedAt), intakeFacts, severity,
                        !complaint.getSeverityOverrideReason().isBlank())
                .forEach(v -> violations.add(path(v.field()), v.rule(), v.message()));
        if (!violations.isEmpty()) {
            return null;
        }
        return new Intake(complainant, channel, channelReference, receivedAt, kind, utilityDomain, nature, topic,
                intakeFacts, severity, overrideReason, priority, description, demand, location, orgUnit);
    }

    private static Complainant complainant(org.complaintdesk.api.v1.Complainant complainant, Violations violations) {
        String at = path("complainant") + ".";
        PersonName name = violations.check(at + "display_name", () -> new PersonName(complainant.getDisplayName()));
        PhoneNumber phone = violations.check(at + "phone_number", () -> PhoneNumber.of(complainant.getPhoneNumber()));
        Optional<AccountNumber> accountNumber =
                optionalText(complainant.getAccountNumber(), at + "account_number", AccountNumber::new, violations);
        Address address = violations.check(at + "address", () -> new Address(complainant.getAddress()));
        // The contract stores PHONE when the complainant states no preference.
        ContactPreference preference = ProtoEnums.CONTACT_PREFERENCE
                .optional(complainant.getContactPreference(), at + "contact_preference", violations)
                .orElse(ContactPreference.PHONE);
        if (name == null || phone == null || address == null) {
            return null;
        }
        return new Complainant(name, phone, accountNumber, address, preference);
    }

    private static <T> Optional<T> optionalText(String raw, String path, Function<String, T> build, Violations violations) {
        return StepRequests.optional(path, raw, build, violations);
    }

    private static String path(String field) {
        return COMPLAINT + "." + field;
    }
}
