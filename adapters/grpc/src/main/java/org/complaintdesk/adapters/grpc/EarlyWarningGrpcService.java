package org.complaintdesk.adapters.grpc;

import io.grpc.stub.StreamObserver;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.api.v1.EarlyWarningServiceGrpc;
import org.complaintdesk.api.v1.ListEarlyWarningsRequest;
import org.complaintdesk.api.v1.ListEarlyWarningsResponse;
import org.complaintdesk.application.warning.EarlyWarning;
import org.complaintdesk.application.warning.ListEarlyWarnings;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.Violations;

/**
 * complaintdesk.v1.EarlyWarningService on top of {@link ListEarlyWarnings}. Needs
 * {@link CallContextInterceptor} in front of it for the caller identity and the correlation id.
 */
public final class EarlyWarningGrpcService extends EarlyWarningServiceGrpc.EarlyWarningServiceImplBase {
    private final ListEarlyWarnings list;

    public EarlyWarningGrpcService(ListEarlyWarnings list) {
        this.list = Objects.requireNonNull(list, "list");
    }

    @Override
    public void listEarlyWarnings(ListEarlyWarningsRequest request, StreamObserver<ListEarlyWarningsResponse> responses) {
        UnaryCalls.respond(responses, () -> {
            Actor reader = CallContext.caller().requireActor();
            var violations = new Violations();
            String unitText = request.getOrgUnit();
            Optional<OrgUnitId> unit = unitText.isEmpty() ? Optional.empty()
                    : Optional.ofNullable(violations.check("org_unit", () -> new OrgUnitId(unitText)));
            Optional<EarlyWarning.Cursor> after = request.getPageToken().isEmpty() ? Optional.empty()
                    : Optional.ofNullable(violations.check(PageToken.FIELD,
                            () -> EarlyWarningPageToken.read(request.getPageToken(), unitText)));
            ListEarlyWarnings.Query query = violations.check("page_size",
                    () -> new ListEarlyWarnings.Query(Optional.empty(), request.getPageSize(), Optional.empty()));
            violations.throwIfAny();
            ListEarlyWarnings.Page page = list.execute(reader, new ListEarlyWarnings.Query(unit, query.pageSize(), after));
            var response = ListEarlyWarningsResponse.newBuilder();
            page.warnings().forEach(w -> response.addEarlyWarnings(EarlyWarningMapper.toMessage(w)));
            page.next().ifPresent(next -> response.setNextPageToken(EarlyWarningPageToken.issue(next, unitText)));
            return response.build();
        });
    }
}
