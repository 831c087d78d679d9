package org.complaintdesk.bootstrap.e2e;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace endpoint on the loopback interface, standing in for a collector: it decodes
 * every posted ExportTraceServiceRequest with the OTLP's own message classes and keeps its spans.
 */
final class OtlpReceiver implements AutoCloseable {
    /** A span as exported, with the attributes of the resource that sent it. */
    record Exported(Map<String, String> resource, Span span) {
        String traceId() {
            return hex(span.getTraceId());
        }

        String spanId() {
            return hex(span.getSpanId());
        }

        String parentSpanId() {
            return hex(span.getParentSpanId());
        }

        Map<String, String> attributes() {
            return OtlpReceiver.attributes(span.getAttributesList());
        }

        String attribute(String key) {
            return attributes().get(key);
        }
    }

    private final HttpServer server;
    private final List<ExportTraceServiceRequest> requests = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        OtlpReceiver receiver = new OtlpReceiver(server);
        server.createContext("/v1/traces", receiver::receive);
        server.start();
        return receiver;
    }

    /** The base URL, as OTEL_EXPORTER_OTLP_ENDPOINT takes it (the exporter appends /v1/traces). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())
                    || !"application/x-protobuf".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                exchange.sendResponseHeaders(415, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            requests.add(ExportTraceServiceRequest.parseFrom(body));
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    int requestCount() {
        return requests.size();
    }

    List<Exported> spans() {
        List<Exported> spans = new ArrayList<>();
        for (ExportTraceServiceRequest request : requests) {
            for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
                Map<String, String> resource = resourceAttributes(resourceSpans.getResource());
                for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
                    scope.getSpansList().forEach(span -> spans.add(new Exported(resource, span)));
                }
            }
        }
        return spans;
    }

    /** The spans of the trace, once {@code enough} holds for them; fails after ten seconds. */
    List<Exported> awaitTrace(String traceId, Predicate<List<Exported>> enough) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<Exported> trace = spans().stream().filter(span -> span.traceId().equals(traceId)).toList();
            if (enough.test(trace)) {
                return trace;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the trace " + traceId + " was not exported as expected; got " + trace);
            }
            Thread.sleep(50);
        }
    }

    private static Map<String, String> resourceAttributes(Resource resource) {
        return attributes(resource.getAttributesList());
    }

    static Map<String, String> attributes(List<KeyValue> keyValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        keyValues.forEach(kv -> attributes.put(kv.getKey(), text(kv.getValue())));
        return attributes;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString();
        };
    }

    static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
