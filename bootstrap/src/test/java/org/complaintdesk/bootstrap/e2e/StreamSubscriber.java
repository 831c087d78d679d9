package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.complaintdesk.api.v1.PublishedEvent;
import org.complaintdesk.api.v1.StreamComplaintEventsRequest;
import org.complaintdesk.api.v1.StreamComplaintEventsResponse;

/**
 * A subscription to StreamComplaintEvents whose responses, error or completion queue up here; the
 * test reads them at its own pace. With manual flow it requests nothing until the test does.
 */
final class StreamSubscriber implements ClientResponseObserver<StreamComplaintEventsRequest,
        StreamComplaintEventsResponse> {
    final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final boolean manualFlow;
    ClientCallStreamObserver<StreamComplaintEventsRequest> call;

    StreamSubscriber(boolean manualFlow) {
        this.manualFlow = manualFlow;
    }

    @Override
    public void beforeStart(ClientCallStreamObserver<StreamComplaintEventsRequest> requests) {
        this.call = requests;
        if (manualFlow) {
            requests.disableAutoRequestWithInitial(0);
        }
    }

    @Override
    public void onNext(StreamComplaintEventsResponse response) {
        received.add(response);
    }

    @Override
    public void onError(Throwable t) {
        received.add(t);
    }

    @Override
    public void onCompleted() {
        received.add("completed");
    }

    StreamComplaintEventsResponse next() throws InterruptedException {
        Object o = received.poll(20, TimeUnit.SECONDS);
        assertThat(o).as("a response within 20 s").isInstanceOf(StreamComplaintEventsResponse.class);
        return (StreamComplaintEventsResponse) o;
    }

    /** Responses until the events received number {@code count}; the last position seen goes to {@code position}. */
    List<PublishedEvent> events(int count, Consumer<Long> position) throws InterruptedException {
        List<PublishedEvent> events = new ArrayList<>();
        while (events.size() < count) {
            StreamComplaintEventsResponse r = next();
            events.addAll(r.getEventsList());
            position.accept(r.getPosition());
        }
        return events;
    }

    /** Responses, keeping their events, until one has read up to {@code position}. */
    List<PublishedEvent> upTo(long position) throws InterruptedException {
        List<PublishedEvent> events = new ArrayList<>();
        StreamComplaintEventsResponse r;
        do {
            r = next();
            events.addAll(r.getEventsList());
        } while (r.getPosition() < position);
        return events;
    }
}
