package org.complaintdesk.adapters.grpc;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RequestInfo;
import io.grpc.BindableService;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a request body that is not a valid protobuf message of the method's request type
 * (invalid UTF-8 in a string, a truncated body, an overlong varint) with INVALID_ARGUMENT and the
 * correlation id, reason {@value #REASON}.
 *
 * <p>grpc-java parses the body with the method's marshaller before any interceptor sees it; a parse
 * failure escapes as UNKNOWN "Application error processing RPC" and the server logs its stack trace,
 * so a 5-byte request wrote 2 KB to the log. Here the marshaller hands such a body over as null
 * instead, and the interceptor refuses the call when it sees one. The log gets one line a minute at
 * most, with the number of bodies refused since the last one: what a client sends never decides how
 * much the service writes.
 */
public final class MalformedRequestGuard implements ServerInterceptor {
    static final String REASON = "MALFORMED_REQUEST";
    private static final Logger log = LoggerFactory.getLogger(MalformedRequestGuard.class);
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private Instant nextLog = Instant.MIN;
    private long refusedSinceLog;

    private MalformedRequestGuard(Clock clock) {
        this.clock = clock;
    }

    /** The service's methods with tolerant request parsing, and the interceptor that refuses what did not parse. */
    public static ServerServiceDefinition guard(BindableService service) {
        return guard(service.bindService());
    }

    static ServerServiceDefinition guard(ServerServiceDefinition service) {
        ServiceDescriptor original = service.getServiceDescriptor();
        Map<String, ServerMethodDefinition<?, ?>> methods = new HashMap<>();
        var descriptor = ServiceDescriptor.newBuilder(original.getName())
                .setSchemaDescriptor(original.getSchemaDescriptor());
        for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
            ServerMethodDefinition<?, ?> tolerant = tolerant(method);
            descriptor.addMethod(tolerant.getMethodDescriptor());
            methods.put(tolerant.getMethodDescriptor().getFullMethodName(), tolerant);
        }
        var guarded = ServerServiceDefinition.builder(descriptor.build());
        methods.values().forEach(guarded::addMethod);
        return ServerInterceptors.intercept(guarded.build(), new MalformedRequestGuard(Clock.systemUTC()));
    }

    private static <Q, R> ServerMethodDefinition<Q, R> tolerant(ServerMethodDefinition<Q, R> method) {
        MethodDescriptor<Q, R> descriptor = method.getMethodDescriptor();
        return ServerMethodDefinition.create(descriptor.toBuilder()
                .setRequestMarshaller(new TolerantMarshaller<>(descriptor.getRequestMarshaller()))
                .build(), method.getServerCallHandler());
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        return new RefusingListener<>(next.startCall(call, headers), call);
    }

    private void noteRefusal(String method) {
        Instant now = clock.instant();
        long refused;
        synchronized (this) {
            refusedSinceLog++;
            if (now.isBefore(nextLog)) {
                return;
            }
            refused = refusedSinceLog;
            refusedSinceLog = 0;
            nextLog = now.plus(LOG_INTERVAL);
        }
        log.warn("refused {} request bodies that are not valid protobuf messages since the last report (latest: {})",
                refused, method);
    }

    static StatusRuntimeException refusal(String requestType, String correlationId) {
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(Code.INVALID_ARGUMENT.getNumber())
                .setMessage("the request body is not a valid " + requestType + " message")
                .addDetails(Any.pack(ErrorInfo.newBuilder()
                        .setDomain(ErrorTranslator.ERROR_DOMAIN)
                        .setReason(REASON)
                        .build()))
                .addDetails(Any.pack(RequestInfo.newBuilder().setRequestId(correlationId).build()))
                .build());
    }

    /** Parses like the method's own marshaller, but answers null for a body that does not parse. */
    private record TolerantMarshaller<T>(MethodDescriptor.Marshaller<T> parser) implements MethodDescriptor.Marshaller<T> {
        @Override
        public InputStream stream(T value) {
            return parser.stream(value);
        }

        @Override
        public T parse(InputStream body) {
            try {
                return parser.parse(body);
            } catch (StatusRuntimeException invalid) {
                // The protobuf marshaller's way of saying "not a message of this type"; the listener refuses it.
                return null;
            }
        }
    }

    /** Refuses the call at its first unparsable message and passes nothing of it on. */
    private final class RefusingListener<Q, R> extends ForwardingServerCallListener.SimpleForwardingServerCallListener<Q> {
        private final ServerCall<Q, R> call;
        private boolean refused;

        RefusingListener(ServerCall.Listener<Q> delegate, ServerCall<Q, R> call) {
            super(delegate);
            this.call = call;
        }

        @Override
        public void onMessage(Q message) {
            if (refused) {
                return;
            }
            if (message == null) {
                refused = true;
                String method = call.getMethodDescriptor().getFullMethodName();
                noteRefusal(method);
                StatusRuntimeException refusal = refusal(requestType(call), CallContext.correlationId());
                Metadata trailers = refusal.getTrailers() == null ? new Metadata() : refusal.getTrailers();
                call.close(refusal.getStatus(), trailers);
                return;
            }
            super.onMessage(message);
        }

        @Override
        public void onHalfClose() {
            if (!refused) {
                super.onHalfClose();
            }
        }
    }

    private static String requestType(ServerCall<?, ?> call) {
        if (call.getMethodDescriptor().getRequestMarshaller() instanceof TolerantMarshaller<?> tolerant
                && tolerant.parser() instanceof MethodDescriptor.PrototypeMarshaller<?> prototype
                && prototype.getMessagePrototype() instanceof com.google.protobuf.Message message) {
            return message.getDescriptorForType().getFullName();
        }
        return "request";
    }
}
