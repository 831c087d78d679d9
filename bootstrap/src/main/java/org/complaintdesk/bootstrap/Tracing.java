package org.complaintdesk.bootstrap;

import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.instrumentation.grpc.v1_6.GrpcTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's OpenTelemetry SDK: a server span per gRPC call, joined to the caller's trace by the
 * W3C {@code traceparent} header, and a span per database transaction within a call.
 *
 * <p>Spans are exported over OTLP (batched) only when an endpoint is configured. Without one, the
 * SDK samples nothing and has no processor, so no span is recorded; each call still gets a trace
 * id, the caller's when it sent one, which the logs carry as {@value CallTraceContext#TRACE_ID}.
 */
public final class Tracing implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Tracing.class);
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
    static final String DEFAULT_SERVICE_NAME = "complaintdesk";

    private final OpenTelemetrySdk sdk;
    private final boolean exporting;
    private final ServerInterceptor serverSpans;

    private Tracing(OpenTelemetrySdk sdk, boolean exporting) {
        this.sdk = sdk;
        this.exporting = exporting;
        // Message events would add two events to every unary call and tell nothing the span does not.
        this.serverSpans = GrpcTelemetry.builder(sdk).setEmitMessageEvents(false).build().createServerInterceptor();
    }

    /** As configured: exporting when an OTLP endpoint is set, otherwise {@link #off()}. */
    public static Tracing start(TracingSettings settings) {
        if (!settings.exporting()) {
            log.info("tracing: no OTLP endpoint configured (OTEL_EXPORTER_OTLP_ENDPOINT), spans are not exported");
            return off();
        }
        Map<String, String> properties = new HashMap<>();
        settings.environment().forEach((name, value) -> properties.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), value));
        // Tracing only: Micrometer serves the metrics and logback writes the logs.
        properties.put("otel.traces.exporter", "otlp");
        properties.putIfAbsent("otel.metrics.exporter", "none");
        properties.putIfAbsent("otel.logs.exporter", "none");
        // The specification's default; the Java SDK's own is grpc, which the JDK's HTTP client cannot send.
        properties.putIfAbsent("otel.exporter.otlp.protocol", "http/protobuf");
        OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
                .addPropertiesCustomizer(config -> properties)
                .addResourceCustomizer((resource, config) -> named(resource))
                .addSpanExporterCustomizer((exporter, config) -> new ExceptionDetailRedaction(exporter))
                // ComplaintDesk.close() flushes the last spans after the server stopped.
                .disableShutdownHook()
                .build()
                .getOpenTelemetrySdk();
        log.info("tracing: exporting spans over OTLP to {}", settings.environment().getOrDefault(
                TracingSettings.TRACES_ENDPOINT, settings.environment().get(TracingSettings.ENDPOINT)));
        return new Tracing(sdk, true);
    }

    /** Records no span and exports nothing; calls still get trace ids for the logs. */
    public static Tracing off() {
        return new Tracing(OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().setSampler(Sampler.alwaysOff()).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build(), false);
    }

    private static Resource named(Resource resource) {
        String name = resource.getAttribute(SERVICE_NAME);
        if (name == null || name.startsWith("unknown_service")) {
            return resource.toBuilder().put(SERVICE_NAME, DEFAULT_SERVICE_NAME).build();
        }
        return resource;
    }

    /** The service with a span around each call (outermost, so refused calls are traced too) and the ids in the MDC. */
    ServerServiceDefinition intercept(ServerServiceDefinition service) {
        return ServerInterceptors.intercept(service, new CallTraceContext(), serverSpans);
    }

    /** The same database, with a span per transaction run within a call; unchanged when nothing is exported. */
    DSLContext traced(DSLContext dsl) {
        if (!exporting) {
            return dsl;
        }
        return dsl.configuration().derive(new TransactionSpans(sdk.getTracer("org.complaintdesk.postgres"))).dsl();
    }

    /** Exports the spans still buffered and stops the exporter. */
    @Override
    public void close() {
        var done = sdk.shutdown().join(10, TimeUnit.SECONDS);
        if (!done.isSuccess()) {
            log.warn("tracing: the last spans could not be exported before shutdown");
        }
    }
}
