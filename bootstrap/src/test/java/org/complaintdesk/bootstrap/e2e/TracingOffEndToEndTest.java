package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;
import static org.complaintdesk.bootstrap.e2e.TracingEndToEndTest.hex;
import static org.complaintdesk.bootstrap.e2e.TracingEndToEndTest.traceContext;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.adapters.grpc.CallContextInterceptor;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.complaintdesk.bootstrap.Tracing;
import org.junit.jupiter.api.Test;

/**
 * Without an OTLP endpoint nothing leaves the process, not even to the SDK's default endpoints on
 * localhost (4317, 4318), and calls work as ever; the caller's trace id still reaches the logs.
 */
class TracingOffEndToEndTest {

    @Test
    void without_an_endpoint_nothing_is_exported_calls_succeed_and_the_logs_still_carry_the_callers_trace_id()
            throws Exception {
        TestDatabase.clear();
        String traceId = hex(16);
        try (var grpcDefault = new ConnectionCounter(4317); var httpDefault = new ConnectionCounter(4318)) {
            Config config = Config.fromEnvironment(Map.of("OTEL_SERVICE_NAME", "complaintdesk-test"));
            List<ILoggingEvent> logged;
            try (var desk = ComplaintDesk.startOn(TestDatabase.database(),
                    ComplaintDesk.serviceClock(ZoneId.of("Asia/Shanghai")), 0, Tracing.start(config.tracing()));
                 var client = new ApiClient(desk);
                 var log = new CapturedLog(CallContextInterceptor.class, Level.DEBUG)) {
                Complaint created = client.agent().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(
                        traceContext(traceId, hex(8), "untraced-1"))).createComplaint(create(billingComplaint()).build())
                        .getComplaint();
                assertThat(created.getTicketNumber()).isNotBlank();

                // Refused before it runs: the interceptor's debug line is written within the call.
                StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, () ->
                        ComplaintServiceGrpc.newBlockingStub(client.channel)
                                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(
                                        traceContext(traceId, hex(8), "untraced-2")))
                                .getComplaint(GetComplaintRequest.newBuilder().setName(created.getName()).build()));
                assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
                logged = log.events();
            }

            assertThat(logged).filteredOn(event -> event.getFormattedMessage().contains("untraced-2")).singleElement()
                    .satisfies(event -> assertThat(event.getMDCPropertyMap()).containsEntry("trace_id", traceId)
                            .containsKey("span_id"));
            assertThat(grpcDefault.accepted()).isZero();
            assertThat(httpDefault.accepted()).isZero();
        }
    }

    /** Counts the connections made to a port on the loopback interface. */
    private static final class ConnectionCounter implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger accepted = new AtomicInteger();

        ConnectionCounter(int port) throws IOException {
            try {
                socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IOException("port " + port + " is taken (a local OpenTelemetry collector?); "
                        + "this test listens there to see that nothing is sent to the SDK's default endpoint", e);
            }
            Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try (Socket ignored = socket.accept()) {
                        accepted.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        int accepted() {
            return accepted.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
