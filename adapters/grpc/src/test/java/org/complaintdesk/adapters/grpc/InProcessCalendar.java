package org.complaintdesk.adapters.grpc;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.api.v1.CalendarServiceGrpc;
import org.complaintdesk.application.calendar.ComputeDueTime;
import org.complaintdesk.application.calendar.CurrentCalendar;
import org.complaintdesk.application.calendar.GetCalendarYear;
import org.complaintdesk.application.calendar.ListCalendarYears;
import org.complaintdesk.application.calendar.UpdateCalendarYear;
import org.complaintdesk.application.testing.InMemoryCalendarStore;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.application.testing.RecordingClockWatch;

/**
 * The calendar service through the real gRPC stack, in process: the interceptor, the service, the
 * real use cases, the shipped calendar in memory and a clock the test controls (it starts at
 * {@link Requests#NOW}).
 */
final class InProcessCalendar implements AutoCloseable {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant SHIPPED_AT = Instant.parse("2026-01-01T00:00:00Z");

    final InMemoryCalendarStore store = InMemoryCalendarStore.shipped(SHIPPED_AT);
    final MovableClock clock = new MovableClock(Requests.NOW, SHANGHAI);
    /** Who asked the monitor to time every running complaint anew (a replaced year does). */
    final RecordingClockWatch watch = new RecordingClockWatch();
    private final Server server;
    private final ManagedChannel channel;

    InProcessCalendar() throws IOException {
        this(TestIssuer.verifier());
    }

    /** A calendar service that accepts the tokens {@code verifier} accepts. */
    InProcessCalendar(BearerTokenVerifier verifier) throws IOException {
        String name = InProcessServerBuilder.generateName();
        var calendar = new CurrentCalendar(store, SHANGHAI, clock, Duration.ofSeconds(60));
        var service = new CalendarGrpcService(new GetCalendarYear(store), new ListCalendarYears(store),
                new UpdateCalendarYear(store, calendar, clock, watch), new ComputeDueTime(calendar));
        server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(ServerInterceptors.intercept(service, CallContextInterceptor.authenticating(verifier)))
                .build()
                .start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    }

    /** A client that sends the given headers. */
    CalendarServiceGrpc.CalendarServiceBlockingStub with(io.grpc.Metadata headers) {
        return CalendarServiceGrpc.newBlockingStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    /** A client that calls with a test issuer's token for the user granting the role and unit; null grants none. */
    CalendarServiceGrpc.CalendarServiceBlockingStub as(String userId, String role, String orgUnit) {
        return CalendarServiceGrpc.newBlockingStub(channel).withInterceptors(
                MetadataUtils.newAttachHeadersInterceptor(InProcessDesk.identity(userId, role, orgUnit)));
    }

    /** A client whose token grants no role and no unit, as hotline tools read the calendar. */
    CalendarServiceGrpc.CalendarServiceBlockingStub reader() {
        return as("hotline-tool", null, null);
    }

    CalendarServiceGrpc.CalendarServiceBlockingStub administrator() {
        return as("admin-1", "ADMINISTRATOR", "gridco");
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
