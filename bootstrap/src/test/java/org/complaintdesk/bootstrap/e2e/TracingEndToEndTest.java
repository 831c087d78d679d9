package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.grpc.CallOptions;
import io.grpc.ClientInterceptors;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintdesk.adapters.grpc.MalformedRequestGuard;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.AcceptComplaintRequest;
import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.ContactPreference;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.complaintdesk.bootstrap.Tracing;
import org.complaintdesk.bootstrap.e2e.OtlpReceiver.Exported;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tracing as an operator turns it on, with OTEL_EXPORTER_OTLP_ENDPOINT: the service exports its
 * spans over OTLP/HTTP (the real exporter, batching) to an endpoint in the test that decodes them
 * with the OTLP's own classes; callers are real gRPC clients over Netty sending W3C trace context.
 */
class TracingEndToEndTest {
    static final Metadata.Key<String> TRACEPARENT = Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER);
    private static final SecureRandom random = new SecureRandom();

    private static OtlpReceiver receiver;
    private static ComplaintDesk desk;
    private static ApiClient client;

    @BeforeAll
    static void start() throws IOException {
        receiver = OtlpReceiver.start();
        Config config = Config.fromEnvironment(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                // The batch leaves within a tenth of a second instead of five seconds.
                "OTEL_BSP_SCHEDULE_DELAY", "100"));
        desk = ComplaintDesk.startOn(TestDatabase.database(), ComplaintDesk.serviceClock(ZoneId.of("Asia/Shanghai")), 0,
                Tracing.start(config.tracing()));
        client = new ApiClient(desk);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        client.close();
        desk.close();
        receiver.close();
    }

    @BeforeEach
    void emptyRegister() {
        TestDatabase.clear();
    }

    @Test
    void a_traced_call_joins_the_callers_trace_and_its_transaction_is_a_child_of_its_span() throws InterruptedException {
        String traceId = hex(16);
        String createdBy = hex(8);
        String acceptedBy = hex(8);

        Complaint created = client.agent().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(
                traceContext(traceId, createdBy, "trace-create-1"))).createComplaint(create(billingComplaint()).build())
                .getComplaint();
        client.agent().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(
                traceContext(traceId, acceptedBy, "trace-accept-1"))).acceptComplaint(AcceptComplaintRequest.newBuilder()
                .setName(created.getName()).setEtag(created.getEtag()).setRequestId(java.util.UUID.randomUUID().toString())
                .setNextSteps("A metering technician will call you within 2 hours.").build());

        List<Exported> trace = receiver.awaitTrace(traceId,
                spans -> serverSpans(spans).size() == 2 && transactionSpans(spans).size() >= 2);

        Exported create = serverSpan(trace, "CreateComplaint");
        assertThat(create.parentSpanId()).isEqualTo(createdBy);
        assertThat(create.span().getName()).isEqualTo(ComplaintServiceGrpc.SERVICE_NAME + "/CreateComplaint");
        assertThat(create.attributes())
                .containsEntry("rpc.system", "grpc")
                .containsEntry("rpc.service", ComplaintServiceGrpc.SERVICE_NAME)
                .containsEntry("rpc.method", "CreateComplaint")
                .containsEntry("rpc.grpc.status_code", "0")
                .containsEntry("complaintdesk.correlation_id", "trace-create-1");
        assertThat(create.resource()).containsEntry("service.name", "complaintdesk");
        assertThat(committedTransactionsUnder(trace, create)).isNotEmpty();

        Exported accept = serverSpan(trace, "AcceptComplaint");
        assertThat(accept.parentSpanId()).isEqualTo(acceptedBy);
        assertThat(accept.attributes())
                .containsEntry("rpc.grpc.status_code", "0")
                .containsEntry("complaintdesk.correlation_id", "trace-accept-1");
        assertThat(committedTransactionsUnder(trace, accept)).isNotEmpty();
    }

    @Test
    void a_call_refused_before_it_ran_is_traced_in_a_trace_of_its_own_with_the_correlation_id_it_was_given()
            throws InterruptedException {
        var trailers = new AtomicReference<Metadata>();
        var anonymous = ComplaintServiceGrpc.newBlockingStub(client.channel)
                .withInterceptors(MetadataUtils.newCaptureMetadataInterceptor(new AtomicReference<>(), trailers));

        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, () ->
                anonymous.getComplaint(GetComplaintRequest.newBuilder().setName("complaints/" + java.util.UUID.randomUUID()).build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        String correlationId = trailers.get().get(ApiClient.CORRELATION_ID);
        Exported span = awaitSpan(correlationId);
        assertThat(span.parentSpanId()).isEmpty();
        assertThat(span.attributes())
                .containsEntry("rpc.method", "GetComplaint")
                .containsEntry("rpc.grpc.status_code", Integer.toString(Status.Code.UNAUTHENTICATED.value()));
        assertThat(transactionSpans(receiver.awaitTrace(span.traceId(), spans -> !spans.isEmpty()))).isEmpty();
    }

    @Test
    void the_logs_of_a_call_carry_its_trace_and_span_ids_on_the_thread_that_runs_it() throws InterruptedException {
        String traceId = hex(16);
        var createComplaint = RawCreateComplaint.METHOD;
        Metadata headers = client.tokens.headers("agent-7", "AGENT", "gridco/east");
        headers.merge(traceContext(traceId, hex(8), "trace-log-1"));
        var channel = ClientInterceptors.intercept(client.channel, MetadataUtils.newAttachHeadersInterceptor(headers));

        List<ILoggingEvent> logged;
        try (var log = new CapturedLog(MalformedRequestGuard.class, Level.WARN)) {
            // The guard writes its warning while it reads the body, in a callback on a call thread.
            catchThrowableOfType(StatusRuntimeException.class, () ->
                    ClientCalls.blockingUnaryCall(channel, createComplaint, CallOptions.DEFAULT, new byte[] {0x12, 0x10, 'a'}));
            logged = log.events();
        }

        Exported span = awaitSpan("trace-log-1");
        assertThat(logged).hasSize(1);
        assertThat(logged.getFirst().getThreadName()).isNotEqualTo(Thread.currentThread().getName());
        assertThat(logged.getFirst().getMDCPropertyMap())
                .containsEntry("trace_id", traceId)
                .containsEntry("span_id", span.spanId())
                .containsEntry("correlation_id", "trace-log-1");
    }

    @Test
    void no_span_carries_the_complainants_data_the_ticket_number_or_the_user() throws InterruptedException {
        String traceId = hex(16);
        String name = "欧阳娜娜";
        String phone = "13712345679";
        String account = "GX-8842-7719";
        String address = "南宁市青秀区幸福路88号";
        var traced = client.agent().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(
                traceContext(traceId, hex(8), "trace-pii-1")));

        Complaint created = traced.createComplaint(create(billingComplaint().setComplainant(Complainant.newBuilder()
                .setDisplayName(name).setPhoneNumber(phone).setAccountNumber(account).setAddress(address)
                .setContactPreference(ContactPreference.CONTACT_PREFERENCE_PHONE))).build()).getComplaint();
        traced.getComplaint(GetComplaintRequest.newBuilder().setName(created.getName()).build());

        List<Exported> trace = receiver.awaitTrace(traceId,
                spans -> serverSpans(spans).size() == 2 && !transactionSpans(spans).isEmpty());
        List<String> exported = new ArrayList<>();
        for (Exported span : trace) {
            exported.add(span.span().getName());
            exported.add(span.span().getStatus().getMessage());
            exported.addAll(span.attributes().values());
            exported.addAll(span.resource().values());
            span.span().getEventsList().forEach(event -> exported.addAll(OtlpReceiver.attributes(event.getAttributesList()).values()));
        }
        assertThat(exported).isNotEmpty().noneSatisfy(value -> assertThat(value).containsAnyOf(
                name, phone, account, address, created.getTicketNumber(), created.getName(), "agent-007"));
    }

    private static Exported awaitSpan(String correlationId) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            var found = receiver.spans().stream()
                    .filter(span -> correlationId.equals(span.attribute("complaintdesk.correlation_id"))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no span with correlation id " + correlationId + " was exported");
    }

    private static List<Exported> serverSpans(List<Exported> spans) {
        return spans.stream().filter(span -> span.span().getKind() == io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_SERVER)
                .toList();
    }

    private static List<Exported> transactionSpans(List<Exported> spans) {
        return spans.stream().filter(span -> span.span().getName().equals("db.transaction")).toList();
    }

    private static Exported serverSpan(List<Exported> trace, String method) {
        return serverSpans(trace).stream().filter(span -> method.equals(span.attribute("rpc.method"))).findFirst()
                .orElseThrow(() -> new AssertionError("no server span of " + method + " in " + trace));
    }

    private static List<Exported> committedTransactionsUnder(List<Exported> trace, Exported call) {
        return transactionSpans(trace).stream()
                .filter(span -> span.parentSpanId().equals(call.spanId()))
                .filter(span -> "postgresql".equals(span.attribute("db.system.name")))
                .filter(span -> "commit".equals(span.attribute("complaintdesk.transaction.outcome")))
                .toList();
    }

    /** The headers a traced caller sends: its span as the W3C traceparent (sampled), and a correlation id. */
    static Metadata traceContext(String traceId, String callerSpanId, String correlationId) {
        Metadata headers = new Metadata();
        headers.put(TRACEPARENT, "00-" + traceId + "-" + callerSpanId + "-01");
        headers.put(ApiClient.CORRELATION_ID, correlationId);
        return headers;
    }

    static String hex(int bytes) {
        byte[] id = new byte[bytes];
        random.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
