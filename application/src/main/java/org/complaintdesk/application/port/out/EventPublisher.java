package org.complaintdesk.application.port.out;

import java.util.List;
import org.complaintdesk.application.event.PublishedEvent;

/** Carries published events to a system outside the service (a message broker). */
public interface EventPublisher {

    /** A name for the relay cursor that tracks this publisher's progress, e.g. {@code kafka:complaint-events}. */
    String relayName();

    /**
     * Publishes the events, in order, and returns once the receiving system has accepted all of
     * them; throws if it did not, leaving them to be offered again.
     */
    void publish(List<PublishedEvent> events);
}
