package org.complaintdesk.adapters.grpc;

import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.api.v1.PreviewComplaintDeadlinesRequest;
import org.complaintdesk.api.v1.PreviewComplaintDeadlinesResponse;
import org.complaintdesk.application.deadline.PreviewDeadlines;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.Violations;

/** PreviewComplaintDeadlines: the hypothetical complaint's facts in, the clocks it would start out. */
final class PreviewMapper {

    private PreviewMapper() {
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static PreviewDeadlines.Query toQuery(PreviewComplaintDeadlinesRequest request) {
        var violations = new Violations();
        var channel = ProtoEnums.CHANNEL.required(request.getChannel(), "channel", violations);
        var kind = ProtoEnums.KIND.required(request.getKind(), "kind", violations);
        var utilityDomain = ProtoEnums.UTILITY_DOMAIN.required(request.getUtilityDomain(), "utility_domain", violations);
        var severity = ProtoEnums.SEVERITY.optional(request.getSeverity(), "severity", violations);
        var facts = request.getIntakeFacts();
        OrgUnitId orgUnit = violations.check("org_unit", () -> new OrgUnitId(request.getOrgUnit()));
        Optional<Instant> receivedAt = request.hasReceiveTime()
                ? Optional.ofNullable(violations.check("receive_time",
                        () -> ProtoTime.toInstant("receive_time", request.getReceiveTime())))
                : Optional.empty();
        violations.throwIfAny();
        return new PreviewDeadlines.Query(utilityDomain, kind, channel, severity, new IntakeFacts(facts.getSafetyHazard(),
                facts.getLargeAreaInterruption(), facts.getWideAreaQualityProblem()), orgUnit, receivedAt);
    }

    static PreviewComplaintDeadlinesResponse toResponse(PreviewDeadlines.Result result) {
        var response = PreviewComplaintDeadlinesResponse.newBuilder()
                .setSeverity(ProtoEnums.SEVERITY.toProto(result.severity()));
        result.clocks().forEach(clock -> response.addClocks(ClockMapper.toMessage(clock)));
        return response.build();
    }
}
