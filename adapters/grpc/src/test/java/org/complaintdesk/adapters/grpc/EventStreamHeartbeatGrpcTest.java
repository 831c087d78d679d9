package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.complaintdesk.api.v1.ComplaintEventServiceGrpc;
import org.complaintdesk.api.v1.StreamComplaintEventsRequest;
import org.complaintdesk.api.v1.StreamComplaintEventsResponse;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.event.EventId;
import org.complaintdesk.application.event.EventSelection;
import org.complaintdesk.application.event.EventTail;
import org.complaintdesk.application.event.PublishedEvent;
import org.complaintdesk.application.event.StreamComplaintEvents;
import org.complaintdesk.application.port.out.EventLog;
import org.complaintdesk.application.testing.InMemoryComplaintStore;
import org.complaintdesk.application.testing.InMemoryPersonalDataAccessLog;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stream's heartbeat through the real gRPC stack, in process, with a 200 ms heartbeat: an
 * outbox the test writes, and a poller that tells the stream of new positions as the event job does.
 */
class EventStreamHeartbeatGrpcTest {
    private static final Duration HEARTBEAT = Duration.ofMillis(200);
    private static final Duration FLOW_GAP = Duration.ofMillis(40);
    private static final OrgUnitId UNIT = new OrgUnitId("gridco/east");
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    /** Clock alerts numbered from 1; once flowing, a breach becomes due every {@link #FLOW_GAP}. */
    private static final class ScriptedOutbox implements EventLog {
        private final List<PublishedEvent> events = new ArrayList<>();
        private long flowStart = -1;
        private long flowed;

        synchronized void add(ClockAlert.Kind kind) {
            ComplaintId complaint = new ComplaintId(UUID.randomUUID());
            events.add(new PublishedEvent(new EventId(UUID.randomUUID()), events.size() + 1, complaint, 1, UNIT, NOW,
                    new PublishedEvent.AlertRaised(new ClockAlert(complaint, new TicketNumber("TS20261205000001"), UNIT,
                            ClockKind.FIRST_CONTACT, 1, kind, NOW, NOW, NOW))));
        }

        /** From now on, events keep coming faster than the heartbeat, however late anyone looks. */
        synchronized void flow() {
            flowStart = System.nanoTime();
        }

        private void catchUp() {
            if (flowStart < 0) {
                return;
            }
            long due = (System.nanoTime() - flowStart) / FLOW_GAP.toNanos();
            for (; flowed < due; flowed++) {
                add(ClockAlert.Kind.BREACH);
            }
        }

        @Override
        public int sequencePending(int limit) {
            return 0;
        }

        @Override
        public synchronized List<PublishedEvent> readAfter(long afterPosition, EventSelection selection, int limit) {
            catchUp();
            return events.stream()
                    .filter(e -> e.position() > afterPosition)
                    .filter(e -> selection.allTypes()
                            || selection.alertKinds().contains(((PublishedEvent.AlertRaised) e.body()).alert().kind()))
                    .limit(limit)
                    .toList();
        }

        @Override
        public synchronized long lastPosition() {
            catchUp();
            return events.size();
        }

        @Override
        public RelayPass relay(String relay, int limit, Consumer<List<PublishedEvent>> publish) {
            throw new UnsupportedOperationException();
        }
    }

    /** A response and when it arrived. */
    private record Arrival(StreamComplaintEventsResponse response, long nanos) {
        boolean empty() {
            return response.getEventsCount() == 0;
        }
    }

    private final ScriptedOutbox outbox = new ScriptedOutbox();
    private final EventTail tail = new EventTail();
    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    private ScheduledExecutorService poller;
    private ComplaintEventGrpcService service;
    private Server server;
    private ManagedChannel channel;

    @BeforeEach
    void start() throws IOException {
        poller = Executors.newSingleThreadScheduledExecutor();
        poller.scheduleWithFixedDelay(() -> tail.observe(outbox.lastPosition()), 0, 20, TimeUnit.MILLISECONDS);
        var complaints = new InMemoryComplaintStore();
        service = new ComplaintEventGrpcService(new StreamComplaintEvents(outbox, complaints,
                new InMemoryPersonalDataAccessLog(complaints), Clock.systemUTC(), UUID::randomUUID), tail, HEARTBEAT);
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(ServerInterceptors.intercept(service, CallContextInterceptor.authenticating(TestIssuer.verifier())))
                .build()
                .start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        service.close();
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        poller.shutdownNow();
    }

    private void subscribe(StreamComplaintEventsRequest request) {
        ComplaintEventServiceGrpc.newStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(
                        InProcessDesk.identity("dashboard", "AUDITOR", UNIT.value())))
                .streamComplaintEvents(request, new StreamObserver<>() {
                    @Override
                    public void onNext(StreamComplaintEventsResponse response) {
                        arrivals.add(new Arrival(response, System.nanoTime()));
                    }

                    @Override
                    public void onError(Throwable t) {
                    }

                    @Override
                    public void onCompleted() {
                    }
                });
    }

    private Arrival next() throws InterruptedException {
        Arrival a = arrivals.poll(10, TimeUnit.SECONDS);
        assertThat(a).as("a response within 10 s").isNotNull();
        return a;
    }

    /** The responses arriving within {@code window}. */
    private List<Arrival> during(Duration window) throws InterruptedException {
        List<Arrival> seen = new ArrayList<>();
        long end = System.nanoTime() + window.toNanos();
        for (long left = window.toNanos(); left > 0; left = end - System.nanoTime()) {
            Arrival a = arrivals.poll(left, TimeUnit.NANOSECONDS);
            if (a != null) {
                seen.add(a);
            }
        }
        return seen;
    }

    @Test
    void an_idle_subscriber_is_sent_an_empty_response_with_the_current_position_about_every_heartbeat()
            throws Exception {
        for (int i = 0; i < 3; i++) {
            outbox.add(ClockAlert.Kind.WARNING);
        }
        subscribe(StreamComplaintEventsRequest.newBuilder().addAlertKinds(org.complaintdesk.api.v1.ClockAlert.Kind.KIND_BREACH)
                .build());
        Arrival first = next();
        assertThat(first.empty()).isTrue();
        assertThat(first.response().getPosition()).as("past the warnings the filter left out").isEqualTo(3);

        List<Arrival> idle = during(Duration.ofMillis(1500));
        assertThat(idle).as("several heartbeats in 1.5 s").hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(a -> {
                    assertThat(a.empty()).isTrue();
                    assertThat(a.response().getPosition()).isEqualTo(3);
                });
        long meanGap = (idle.getLast().nanos() - first.nanos()) / idle.size();
        assertThat(Duration.ofNanos(meanGap)).as("no more often than the heartbeat")
                .isGreaterThanOrEqualTo(Duration.ofMillis(150));

        // Two more events the filter leaves out: the heartbeats move on past them.
        outbox.add(ClockAlert.Kind.WARNING);
        outbox.add(ClockAlert.Kind.WARNING);
        long moved = System.nanoTime();
        Arrival a = next();
        while (a.response().getPosition() < 5) {
            assertThat(a.empty()).isTrue();
            a = next();
        }
        assertThat(a.empty()).isTrue();
        assertThat(a.response().getPosition()).isEqualTo(5);
        assertThat(Duration.ofNanos(a.nanos() - moved)).as("the current position within about a heartbeat")
                .isLessThan(Duration.ofSeconds(2));
        assertThat(during(Duration.ofMillis(1000))).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(h -> assertThat(h.response().getPosition()).isEqualTo(5));
    }

    @Test
    void no_empty_response_is_sent_while_events_flow_faster_than_the_heartbeat() throws Exception {
        subscribe(StreamComplaintEventsRequest.newBuilder().setStartFromNow(true).build());
        assertThat(next().response().getPosition()).isZero();
        assertThat(during(Duration.ofMillis(1000))).as("heartbeats while idle").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(h -> assertThat(h.empty()).isTrue());

        outbox.flow();
        Arrival a = next();
        while (a.empty()) {
            a = next();
        }
        List<Arrival> flowing = new ArrayList<>(List.of(a));
        flowing.addAll(during(Duration.ofMillis(1500)));

        assertThat(flowing).as("every response carries events").filteredOn(Arrival::empty).isEmpty();
        List<Long> positions = flowing.stream()
                .flatMap(f -> f.response().getEventsList().stream())
                .map(org.complaintdesk.api.v1.PublishedEvent::getPosition)
                .toList();
        assertThat(positions).as("events kept coming, each once and in order").hasSizeGreaterThanOrEqualTo(10)
                .isSorted().doesNotHaveDuplicates();
        assertThat(positions.getLast() - positions.getFirst() + 1).isEqualTo(positions.size());
    }
}
