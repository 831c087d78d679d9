package org.complaintdesk.adapters.grpc;

import java.util.List;
import java.util.Optional;
import org.complaintdesk.api.v1.RecordComplaintContactRequest;
import org.complaintdesk.api.v1.RecordComplaintFindingRequest;
import org.complaintdesk.api.v1.RecordComplaintInvestigationRequest;
import org.complaintdesk.application.handling.RecordContact;
import org.complaintdesk.application.handling.RecordFinding;
import org.complaintdesk.application.handling.RecordInvestigation;
import org.complaintdesk.domain.handling.InvestigationRecord;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** Contact, investigation and finding requests as commands, every field checked at once. */
final class InvestigationMapper {

    private InvestigationMapper() {
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static RecordContact.Command recordContact(RecordComplaintContactRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var contactedAt = StepRequests.time("contact_time", request.hasContactTime(), request.getContactTime(), violations);
        var method = ProtoEnums.CONTACT_METHOD.required(request.getMethod(), "method", violations);
        var summary = StepRequests.statement("summary", request.getSummary(), violations);
        var promise = StepRequests.optionalStatement("promise", request.getPromise(), violations);
        violations.throwIfAny();
        return new RecordContact.Command(context.on(target, RecordContact.OPERATION, request),
                contactedAt, method, summary, promise);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static RecordInvestigation.Command recordInvestigation(RecordComplaintInvestigationRequest request,
                                                           StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var method = ProtoEnums.INVESTIGATION_METHOD.required(request.getMethod(), "method", violations);
        var conductedAt = StepRequests.time("conduct_time", request.hasConductTime(), request.getConductTime(), violations);
        Optional<String> place = StepRequests.optional("place", request.getPlace(), InvestigationMapper::item, violations);
        List<String> participants = StepRequests.entries("participants", request.getParticipantsList(),
                InvestigationRecord.MAX_ITEMS, InvestigationMapper::item, violations);
        var findings = StepRequests.statement("findings", request.getFindings(), violations);
        List<String> evidence = StepRequests.entries("evidence", request.getEvidenceList(),
                InvestigationRecord.MAX_ITEMS, InvestigationMapper::item, violations);
        violations.throwIfAny();
        // The record checks its parts once more, as the aggregate's own guard.
        var record = new InvestigationRecord(method, conductedAt, place, participants, findings, evidence);
        return new RecordInvestigation.Command(context.on(target, RecordInvestigation.OPERATION, request), record);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static RecordFinding.Command recordFinding(RecordComplaintFindingRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var responsibility = ProtoEnums.RESPONSIBILITY.required(request.getResponsibility(), "responsibility", violations);
        var grounds = StepRequests.statement("grounds", request.getGrounds(), violations);
        violations.throwIfAny();
        return new RecordFinding.Command(context.on(target, RecordFinding.OPERATION, request), responsibility, grounds);
    }

    /** A place, participant or piece of evidence: the record's rule for its short entries. */
    private static String item(String raw) {
        return Text.required("item", raw, InvestigationRecord.MAX_ITEM_LENGTH);
    }
}
