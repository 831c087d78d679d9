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
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every call one correlation id and reads who the caller is, before any service method runs.
 * <ul>
 *   <li>The correlation id is the caller's {@code x-correlation-id} when it is a plausible id,
 *       otherwise a new UUID. It is sent back in the response headers, or in the trailers when the
 *       call fails before any header is sent (a trailers-only response), so the client always has
 *       it; it is in the SLF4J MDC as {@value #MDC_KEY} while the call's code runs.</li>
 *   <li>The caller identity comes from the call's bearer token (see {@link BearerTokenAuthenticator}):
 *       a call without a valid token is refused with UNAUTHENTICATED naming the failed check, before
 *       any service method runs. Which role and unit act is chosen with {@code x-user-role} and
 *       {@code x-org-unit} among those the token grants. Only a development set-up may believe the
 *       headers alone ({@link #trustingIdentityHeaders()}).</li>
 * </ul>
 * Installed on the complaint and calendar services only: health checks and reflection need no token.
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

    private static final Logger log = LoggerFactory.getLogger(CallContextInterceptor.class);

    private final Authenticator authenticator;

    CallContextInterceptor(Authenticator authenticator) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    /** Serves only calls whose bearer token {@code verifier} accepts. */
    public static CallContextInterceptor authenticating(BearerTokenVerifier verifier) {
        return new CallContextInterceptor(new BearerTokenAuthenticator(verifier));
    }

    /**
     * Serves calls whose bearer token {@code verifier} accepts, and calls without a token from system
     * accounts whose client certificate the TLS layer verified (mapped to a SYSTEM caller).
     */
    public static CallContextInterceptor authenticatingWithClientCertificates(BearerTokenVerifier verifier) {
        return new CallContextInterceptor(new ClientCertificateAuthenticator(new BearerTokenAuthenticator(verifier)));
    }

    /** Believes the identity headers without a token: development only, never in front of real data. */
    public static CallContextInterceptor trustingIdentityHeaders() {
        return new CallContextInterceptor(new IdentityHeadersAuthenticator());
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String correlationId = correlationId(headers.get(CORRELATION_ID));
        ServerCall<Q, R> correlated = new CorrelatedCall<>(call, correlationId);
        Caller caller;
        try {
            caller = authenticator.authenticate(headers, call.getAttributes());
        } catch (TokenRefusedException | ActingIdentityNotGrantedException | InvalidValueException refused) {
            // The reason only, never the token; at debug level, so that a flood of bad calls cannot flood the log.
            log.debug("call to {} refused before it ran: {}; correlation id {}",
                    call.getMethodDescriptor().getFullMethodName(), refused.getMessage(), correlationId);
            StatusRuntimeException refusal = ErrorTranslator.toStatusException(refused, correlationId);
            correlated.close(refusal.getStatus(), trailersOf(refusal));
            return new ServerCall.Listener<>() {
            };
        }
        Context context = Context.current().withValues(
                CallContext.CORRELATION_ID, correlationId,
                CallContext.CALLER, caller,
                CallContext.METHOD, call.getMethodDescriptor().getBareMethodName());
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
