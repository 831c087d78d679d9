package org.complaintdesk.adapters.grpc;

import io.grpc.stub.StreamObserver;
import java.util.Objects;
import org.complaintdesk.api.v1.ComplainantViewServiceGrpc;
import org.complaintdesk.api.v1.GetComplaintStatusRequest;
import org.complaintdesk.api.v1.GetComplaintStatusResponse;
import org.complaintdesk.application.publicview.GetPublicComplaintView;
import org.complaintdesk.application.publicview.PublicComplaintNotFoundException;
import org.complaintdesk.application.publicview.PublicComplaintView;
import org.complaintdesk.application.publicview.VerificationLockedException;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.notice.VerificationCode;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * complaintdesk.v1.ComplainantViewService on top of the public view. Needs
 * {@link CallContextInterceptor} in front of it for the caller identity and the correlation id.
 */
public final class ComplainantViewGrpcService extends ComplainantViewServiceGrpc.ComplainantViewServiceImplBase {
    static final String TICKET_NUMBER = "ticket_number";
    static final String VERIFICATION_CODE = "verification_code";

    private static final Logger log = LoggerFactory.getLogger(ComplainantViewGrpcService.class);

    private final GetPublicComplaintView view;

    public ComplainantViewGrpcService(GetPublicComplaintView view) {
        this.view = Objects.requireNonNull(view, "view");
    }

    @Override
    public void getComplaintStatus(GetComplaintStatusRequest request,
                                   StreamObserver<GetComplaintStatusResponse> responses) {
        UnaryCalls.respond(responses, () -> {
            Actor portal = CallContext.caller().requireActor();
            var violations = new Violations();
            TicketNumber ticket = violations.check(TICKET_NUMBER, () -> new TicketNumber(request.getTicketNumber().strip()));
            VerificationCode code = code(request.getVerificationCode(), violations);
            violations.throwIfAny();
            return GetComplaintStatusResponse.newBuilder()
                    .setComplaintStatus(PublicViewMapper.toMessage(viewLogged(portal, ticket, code)))
                    .build();
        });
    }

    /**
     * Every failure and every refusal is a warning that names the ticket number and the portal, so
     * that guessing shows in the log; the code given never appears, right or wrong.
     */
    private PublicComplaintView viewLogged(Actor portal, TicketNumber ticket, VerificationCode code) {
        try {
            return view.execute(portal, ticket, code);
        } catch (PublicComplaintNotFoundException failure) {
            log.warn("public view: wrong verification code or no such complaint for ticket {}, asked by portal {}",
                    ticket.value(), portal.userId().value());
            throw failure;
        } catch (VerificationLockedException locked) {
            log.warn("public view refused for ticket {} to portal {}: too many wrong verification codes, "
                    + "retry in {} s", ticket.value(), portal.userId().value(), locked.retryAfterSeconds());
            throw locked;
        }
    }

    // The message never quotes what was sent: it may be the right code.
    private static VerificationCode code(String digits, Violations violations) {
        if (digits.isBlank()) {
            violations.add(VERIFICATION_CODE, Text.REQUIRED, "is required");
            return null;
        }
        try {
            return new VerificationCode(digits.strip());
        } catch (IllegalArgumentException e) {
            violations.add(VERIFICATION_CODE, Text.FORMAT, "must be " + VerificationCode.LENGTH + " digits");
            return null;
        }
    }
}
