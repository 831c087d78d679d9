package org.complaintdesk.adapters.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import java.util.EnumSet;
import java.util.Set;
import org.complaintdesk.application.request.RoleNotPermittedException;
import org.complaintdesk.domain.organisation.Role;

/**
 * Keeps a portal to the public view: every method of a service behind this barrier refuses a
 * caller acting as {@link Role#PORTAL}, before the method runs, so that a portal's token (held by
 * a system facing the internet) reads no complaint, list or calendar. Goes inside
 * {@link CallContextInterceptor}, which tells who calls.
 */
public final class PortalBarrier implements ServerInterceptor {
    private static final Set<Role> OTHERS = EnumSet.complementOf(EnumSet.of(Role.PORTAL));

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        if (CallContext.caller().role().filter(role -> role == Role.PORTAL).isPresent()) {
            var refusal = new RoleNotPermittedException("call " + call.getMethodDescriptor().getBareMethodName()
                    + " (a portal may only ask for the public view)", Role.PORTAL, OTHERS);
            StatusRuntimeException answer = ErrorTranslator.toStatusException(refusal, CallContext.correlationId());
            Metadata trailers = answer.getTrailers() == null ? new Metadata() : answer.getTrailers();
            call.close(answer.getStatus(), trailers);
            return new ServerCall.Listener<>() {
            };
        }
        return next.startCall(call, headers);
    }
}
