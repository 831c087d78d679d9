package org.complaintdesk.bootstrap;

import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.function.Supplier;
import org.complaintdesk.adapters.grpc.CallContextInterceptor;
import org.slf4j.MDC;

/**
 * Within a call's server span: puts the trace and span ids into the SLF4J MDC around every
 * callback, on whichever thread runs it, and the call's correlation id on the span, taken from the
 * response headers or trailers where {@link CallContextInterceptor} puts it (it also assigns one
 * when the caller sent none, so the span gets the id the caller is told).
 */
final class CallTraceContext implements ServerInterceptor {
    static final String TRACE_ID = "trace_id";
    static final String SPAN_ID = "span_id";
    static final AttributeKey<String> CORRELATION_ID = AttributeKey.stringKey("complaintdesk.correlation_id");

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        Span span = Span.current();
        SpanContext ids = span.getSpanContext();
        if (!ids.isValid()) {
            return next.startCall(call, headers);
        }
        ServerCall<Q, R> correlated = new CorrelationOnSpan<>(call, span);
        return inMdc(ids, () -> new LoggingListener<>(next.startCall(correlated, headers), ids));
    }

    private static <T> T inMdc(SpanContext ids, Supplier<T> callback) {
        String traceBefore = MDC.get(TRACE_ID);
        String spanBefore = MDC.get(SPAN_ID);
        MDC.put(TRACE_ID, ids.getTraceId());
        MDC.put(SPAN_ID, ids.getSpanId());
        try {
            return callback.get();
        } finally {
            restore(TRACE_ID, traceBefore);
            restore(SPAN_ID, spanBefore);
        }
    }

    private static void restore(String key, String before) {
        if (before == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, before);
        }
    }

    private static final class CorrelationOnSpan<Q, R> extends ForwardingServerCall.SimpleForwardingServerCall<Q, R> {
        private final Span span;

        CorrelationOnSpan(ServerCall<Q, R> call, Span span) {
            super(call);
            this.span = span;
        }

        @Override
        public void sendHeaders(Metadata headers) {
            tag(headers);
            super.sendHeaders(headers);
        }

        @Override
        public void close(Status status, Metadata trailers) {
            tag(trailers);
            super.close(status, trailers);
        }

        private void tag(Metadata metadata) {
            String correlationId = metadata.get(CallContextInterceptor.CORRELATION_ID);
            if (correlationId != null) {
                span.setAttribute(CORRELATION_ID, correlationId);
            }
        }
    }

    private static final class LoggingListener<Q> extends ForwardingServerCallListener.SimpleForwardingServerCallListener<Q> {
        private final SpanContext ids;

        LoggingListener(ServerCall.Listener<Q> delegate, SpanContext ids) {
            super(delegate);
            this.ids = ids;
        }

        @Override
        public void onMessage(Q message) {
            run(() -> super.onMessage(message));
        }

        @Override
        public void onHalfClose() {
            run(super::onHalfClose);
        }

        @Override
        public void onCancel() {
            run(super::onCancel);
        }

        @Override
        public void onComplete() {
            run(super::onComplete);
        }

        @Override
        public void onReady() {
            run(super::onReady);
        }

        private void run(Runnable callback) {
            inMdc(ids, () -> {
                callback.run();
                return null;
            });
        }
    }
}
