package org.complaintdesk.adapters.grpc;

import io.grpc.Context;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.complaintdesk.api.v1.ClockAlert;
import org.complaintdesk.api.v1.ComplaintEventServiceGrpc;
import org.complaintdesk.api.v1.StreamComplaintEventsRequest;
import org.complaintdesk.api.v1.StreamComplaintEventsResponse;
import org.complaintdesk.application.event.EventTail;
import org.complaintdesk.application.event.PublishedEvent;
import org.complaintdesk.application.event.StreamComplaintEvents;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event stream: each subscription runs on a virtual thread of its own that reads a page from
 * the outbox only when the subscriber can take it (gRPC's flow control), so a slow subscriber
 * costs a parked thread and one page, never a growing queue.
 */
public final class ComplaintEventGrpcService extends ComplaintEventServiceGrpc.ComplaintEventServiceImplBase
        implements AutoCloseable {
    /** The longest a subscriber goes without a response, so that it can save its place and its connection stays up. */
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** How long a subscriber that cannot take more waits before it looks again at whether it was cancelled. */
    private static final Duration READY_CHECK = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(ComplaintEventGrpcService.class);

    private final StreamComplaintEvents stream;
    private final EventTail tail;
    private final Duration heartbeat;
    private final AtomicBoolean closed = new AtomicBoolean();

    public ComplaintEventGrpcService(StreamComplaintEvents stream, EventTail tail) {
        this(stream, tail, HEARTBEAT);
    }

    ComplaintEventGrpcService(StreamComplaintEvents stream, EventTail tail, Duration heartbeat) {
        this.stream = Objects.requireNonNull(stream, "stream");
        this.tail = Objects.requireNonNull(tail, "tail");
        this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
    }

    @Override
    public void streamComplaintEvents(StreamComplaintEventsRequest request,
                                      StreamObserver<StreamComplaintEventsResponse> responses) {
        var call = (ServerCallStreamObserver<StreamComplaintEventsResponse>) responses;
        StreamComplaintEvents.Subscription subscription;
        try {
            Actor reader = CallContext.caller().requireActor();
            subscription = stream.open(reader, toQuery(request));
        } catch (RuntimeException failure) {
            call.onError(ErrorTranslator.toStatusException(failure, CallContext.correlationId()));
            return;
        }
        // Wake the subscription's thread when the subscriber can take more or went away.
        var poked = new AtomicBoolean();
        Runnable poke = () -> {
            poked.set(true);
            tail.wakeAll();
        };
        call.setOnReadyHandler(poke);
        call.setOnCancelHandler(poke);
        BooleanSupplier wakeEarly = () -> poked.getAndSet(false) || closed.get();
        Thread.ofVirtual().name("event-stream").start(Context.current().wrap(() -> follow(call, subscription, wakeEarly)));
    }

    /** Ends every subscription with UNAVAILABLE, so that subscribers resume elsewhere while this instance stops. */
    @Override
    public void close() {
        closed.set(true);
        tail.wakeAll();
    }

    private void follow(ServerCallStreamObserver<StreamComplaintEventsResponse> call,
                        StreamComplaintEvents.Subscription subscription, BooleanSupplier wakeEarly) {
        long position = subscription.startAfter();
        long lastSent = System.nanoTime();
        boolean first = true;
        try {
            while (!call.isCancelled()) {
                if (closed.get()) {
                    call.onError(Status.UNAVAILABLE
                            .withDescription("the service is stopping; resume after position " + position)
                            .asRuntimeException());
                    return;
                }
                if (!call.isReady()) {
                    tail.awaitBeyond(Long.MAX_VALUE, READY_CHECK, wakeEarly);
                    continue;
                }
                StreamComplaintEvents.Page page = stream.next(subscription, position);
                boolean heartbeatDue = System.nanoTime() - lastSent >= heartbeat.toNanos();
                // The first response tells a subscriber starting from now where it stands.
                if (!page.events().isEmpty() || heartbeatDue || first) {
                    call.onNext(toResponse(page, subscription));
                    lastSent = System.nanoTime();
                    first = false;
                }
                position = page.position();
                if (page.events().size() < StreamComplaintEvents.PAGE_SIZE) {
                    long untilHeartbeat = heartbeat.toNanos() - (System.nanoTime() - lastSent);
                    tail.awaitBeyond(position, Duration.ofNanos(Math.max(untilHeartbeat, 1)), wakeEarly);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.onError(Status.UNAVAILABLE.withDescription("the stream was interrupted; resume after position "
                    + position).asRuntimeException());
        } catch (RuntimeException failure) {
            if (call.isCancelled()) {
                return;
            }
            log.debug("event stream ended by a failure at position {}", position);
            call.onError(ErrorTranslator.toStatusException(failure, CallContext.correlationId()));
        }
    }

    private static StreamComplaintEventsResponse toResponse(StreamComplaintEvents.Page page,
                                                            StreamComplaintEvents.Subscription subscription) {
        var response = StreamComplaintEventsResponse.newBuilder().setPosition(page.position());
        for (PublishedEvent event : page.events()) {
            Optional<org.complaintdesk.domain.complaint.PhoneNumber> recipient =
                    event.body() instanceof PublishedEvent.NoticeIssued(var notice)
                            ? Optional.ofNullable(page.recipients().get(notice.id())) : Optional.empty();
            response.addEvents(PublishedEventMapper.toMessage(event, subscription.disclosure(), recipient));
        }
        return response.build();
    }

    static StreamComplaintEvents.Query toQuery(StreamComplaintEventsRequest request) {
        var violations = new Violations();
        Optional<OrgUnitId> unit = request.getOrgUnit().isEmpty() ? Optional.empty()
                : Optional.ofNullable(violations.check("org_unit", () -> new OrgUnitId(request.getOrgUnit())));
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (int i = 0; i < request.getEventTypesCount(); i++) {
            EventType type = ProtoEnums.EVENT_TYPE.required(request.getEventTypes(i), "event_types[" + i + "]", violations);
            if (type != null) {
                types.add(type);
            }
        }
        Set<org.complaintdesk.application.deadline.ClockAlert.Kind> kinds =
                EnumSet.noneOf(org.complaintdesk.application.deadline.ClockAlert.Kind.class);
        for (int i = 0; i < request.getAlertKindsCount(); i++) {
            ClockAlert.Kind kind = request.getAlertKinds(i);
            switch (kind) {
                case KIND_WARNING -> kinds.add(org.complaintdesk.application.deadline.ClockAlert.Kind.WARNING);
                case KIND_BREACH -> kinds.add(org.complaintdesk.application.deadline.ClockAlert.Kind.BREACH);
                default -> violations.add("alert_kinds[" + i + "]", "UNKNOWN_VALUE", "must be KIND_WARNING or KIND_BREACH");
            }
        }
        // Reported with the rules above, all at once.
        StreamComplaintEvents.Query query = violations.check("after_position", () -> new StreamComplaintEvents.Query(
                Optional.empty(), Set.of(), Set.of(), false, false, request.getAfterPosition(),
                request.getStartFromNow()));
        violations.throwIfAny();
        return new StreamComplaintEvents.Query(unit, types, kinds, request.getNotices(), request.getEarlyWarnings(),
                query.afterPosition(), query.fromNow());
    }
}
