package org.complaintdesk.adapters.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.slf4j.MDC;

/**
 * Gives every call one correlation id and reads who the caller is, before any service method runs.
 * <ul>
 *   <li>The correlation id is the caller's {@code x-correlation-id} when it is a plausible id,
 *       otherwise a new UUID. It is sent back in the response headers, or in the trailers when the
 *       call fails before any header is sent (a trailers-only response), so the client always has
 *       it; it is in the SLF4J MDC as {@value #MDC_KEY} while the call's code runs.</li>
 *   <li>The caller identity comes from {@code x-user-id}, {@code x-user-role} and
 *       {@code x-org-unit}; a malformed value fails the call with INVALID_ARGUMENT naming the header.
 *       Whether a method needs an identity at all is the method's business.</li>
 * </ul>
 */
public final class CallContextInterceptor implements ServerInterceptor {
    public static final Metadata.Key<String> CORRELATION_ID =
            Metadata.Key.of("x-correlation-id", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> USER_ID = Metadata.Key.of(Caller.USER_ID_HEADER, Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> USER_ROLE = Metadata.Key.of(Caller.USER_ROLE_HEADER, Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> ORG_UNIT = Metadata.Key.of(Caller.ORG_UNIT_HEADER, Metadata.ASCII_STRING_MARSHALLER);
    static final String MDC_KEY = "correlation_id";

    // A caller's id goes into our logs and headers: only short, harmless characters are taken over.
    private static final Pattern ACCEPTED_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public CallContextInterceptor() {
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String correlationId = correlationId(headers.get(CORRELATION_ID));
        ServerCall<Q, R> correlated = new CorrelatedCall<>(call, correlationId);
        Caller caller;
        try {
            caller = Caller.fromHeaders(headers.get(USER_ID), headers.get(USER_ROLE), headers.get(ORG_UNIT));
        } catch (InvalidValueException badHeaders) {
            StatusRuntimeException refusal = ErrorTranslator.toStatusException(badHeaders, correlationId);
            correlated.close(refusal.getStatus(), trailersOf(refusal));
            return new ServerCall.Listener<>() {
            };
        }
        Context context = Context.current().withValues(
                CallContext.CORRELATION_ID, correlationId,
                CallContext.CALLER, caller);
        return new LoggingContextListener<>(Contexts.interceptCall(context, correlated, headers, next), correlationId);
    }

    static String correlationId(String sentByCaller) {
        if (sentByCaller != null && ACCEPTED_CORRELATION_ID.matcher(sentByCaller).matches()) {
            return sentByCaller;
        }
        return UUID.randomUUID().toString();
    }

    private static Metadata trailersOf(StatusRuntimeException refusal) {
        Metadata trailers = refusal.getTrailers();
        return trailers == null ? new Metadata() : trailers;
    }

    /** Adds the correlation id to the headers, or to the trailers if no header was sent. */
    private static final class CorrelatedCall<Q, R> extends ForwardingServerCall.SimpleForwardingServerCall<Q, R> {
        private final String correlationId;
        private volatile boolean headersSent;

        CorrelatedCall(ServerCall<Q, R> call, String correlationId) {
            super(call);
            this.correlationId = correlationId;
        }

        @Override
        public void sendHeaders(Metadata headers) {
            headers.discardAll(CORRELATION_ID);
            headers.put(CORRELATION_ID, correlationId);
            headersSent = true;
            super.sendHeaders(headers);
        }

        @Override
        public void close(Status status, Metadata trailers) {
            if (!headersSent) {
                trailers.discardAll(CORRELATION_ID);
                trailers.put(CORRELATION_ID, correlationId);
            }
            super.close(status, trailers);
        }
    }

    /** Puts the correlation id into the MDC around every callback, on whichever thread runs it. */
    private static final class LoggingContextListener<Q> extends ForwardingServerCallListener.SimpleForwardingServerCallListener<Q> {
        private final String correlationId;

        LoggingContextListener(ServerCall.Listener<Q> delegate, String correlationId) {
            super(delegate);
            this.correlationId = correlationId;
        }

        @Override
        public void onMessage(Q message) {
            withCorrelationId(() -> super.onMessage(message));
        }

        @Override
        public void onHalfClose() {
            withCorrelationId(super::onHalfClose);
        }

        @Override
        public void onCancel() {
            withCorrelationId(super::onCancel);
        }

        @Override
        public void onComplete() {
            withCorrelationId(super::onComplete);
        }

        @Override
        public void onReady() {
            withCorrelationId(super::onReady);
        }

        private void withCorrelationId(Runnable callback) {
            MDC.put(MDC_KEY, correlationId);
            try {
                callback.run();
            } finally {
                MDC.remove(MDC_KEY);
            }
        }
    }
}
