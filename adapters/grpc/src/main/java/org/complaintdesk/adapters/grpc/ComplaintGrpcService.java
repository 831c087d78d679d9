package org.complaintdesk.adapters.grpc;

import io.grpc.stub.StreamObserver;
import java.util.Objects;
import java.util.function.Supplier;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.CreateComplaintRequest;
import org.complaintdesk.api.v1.CreateComplaintResponse;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.GetComplaintResponse;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.ListComplaintsResponse;
import org.complaintdesk.application.complaint.GetComplaint;
import org.complaintdesk.application.complaint.ListComplaints;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * complaintdesk.v1.ComplaintService on top of the complaint use cases. Needs
 * {@link CallContextInterceptor} in front of it for the caller identity and the correlation id.
 */
public final class ComplaintGrpcService extends ComplaintServiceGrpc.ComplaintServiceImplBase {
    private final RegisterComplaint register;
    private final GetComplaint get;
    private final ListComplaints list;

    public ComplaintGrpcService(RegisterComplaint register, GetComplaint get, ListComplaints list) {
        this.register = Objects.requireNonNull(register, "register");
        this.get = Objects.requireNonNull(get, "get");
        this.list = Objects.requireNonNull(list, "list");
    }

    @Override
    public void createComplaint(CreateComplaintRequest request, StreamObserver<CreateComplaintResponse> responses) {
        respond(responses, () -> {
            Caller caller = CallContext.caller();
            // Who writes is checked before what is written.
            caller.requireUserId();
            RegisterComplaint.Result result = register(IntakeMapper.toCommand(request, caller, register::intakeRuleViolations));
            return CreateComplaintResponse.newBuilder()
                    .setComplaint(ComplaintMapper.toMessage(result.complaint(), disclosure(caller)))
                    .setReplayed(result.replayed())
                    .build();
        });
    }

    @Override
    public void getComplaint(GetComplaintRequest request, StreamObserver<GetComplaintResponse> responses) {
        respond(responses, () -> {
            Complaint complaint = switch (ComplaintName.parse("name", request.getName())) {
                case ComplaintName.ById byId -> get.byId(byId.id());
                case ComplaintName.ByTicketNumber byTicket -> get.byTicketNumber(byTicket.ticketNumber());
            };
            return GetComplaintResponse.newBuilder()
                    .setComplaint(ComplaintMapper.toMessage(complaint, disclosure(CallContext.caller())))
                    .build();
        });
    }

    @Override
    public void listComplaints(ListComplaintsRequest request, StreamObserver<ListComplaintsResponse> responses) {
        respond(responses, () -> {
            ListComplaints.Query query = ListQueryMapper.toQuery(request);
            ListComplaints.Page page = list.execute(query);
            ComplainantDisclosure disclosure = disclosure(CallContext.caller());
            var response = ListComplaintsResponse.newBuilder();
            page.complaints().forEach(complaint -> response.addComplaints(ComplaintMapper.toMessage(complaint, disclosure)));
            page.next().ifPresent(cursor -> response.setNextPageToken(PageToken.issue(cursor, query.filter())));
            return response.build();
        });
    }

    private RegisterComplaint.Result register(RegisterComplaint.Command command) {
        try {
            return register.execute(command);
        } catch (InvalidValueException refused) {
            // The aggregate names fields of the complaint (receive_time); the request nests them under `complaint`.
            throw new InvalidValueException(refused.violations().stream()
                    .map(violation -> violation.under(IntakeMapper.COMPLAINT))
                    .toList());
        }
    }

    private static ComplainantDisclosure disclosure(Caller caller) {
        return ComplainantDisclosure.forRole(caller.role());
    }

    /** Answers with the response, or with the failure as ErrorTranslator states it. */
    private static <R> void respond(StreamObserver<R> responses, Supplier<R> call) {
        R response;
        try {
            response = call.get();
        } catch (RuntimeException failure) {
            responses.onError(ErrorTranslator.toStatusException(failure, CallContext.correlationId()));
            return;
        }
        responses.onNext(response);
        responses.onCompleted();
    }
}
