package org.complaintdesk.bootstrap;

import java.util.Optional;
import org.complaintdesk.adapters.grpc.PublishedEventMapper;
import org.complaintdesk.adapters.kafka.KafkaEventPublisher;
import org.complaintdesk.api.v1.PublishedEvent;
import org.complaintdesk.application.port.out.EventLog;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The outbox's events on Kafka, when configured: the publisher and the job that relays to it. */
final class KafkaRelay implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaRelay.class);

    private final KafkaEventPublisher publisher;
    private final RelayJob job;

    private KafkaRelay(KafkaEventPublisher publisher, RelayJob job) {
        this.publisher = publisher;
        this.job = job;
    }

    /**
     * Starts relaying {@code events} to Kafka if {@code settings} name brokers. The events go as
     * {@code complaintdesk.v1.PublishedEvent}, masked: a topic cannot tell who reads it, so free
     * text and notice recipients stay with the event stream, which records each disclosure.
     */
    static Optional<KafkaRelay> start(KafkaSettings settings, EventLog events, Observability observability) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        var publisher = new KafkaEventPublisher(settings.bootstrapServers().orElseThrow(), settings.clientSettings(),
                settings.topic(), KafkaRelay::encode, PublishedEvent.getDescriptor().getFullName(),
                settings.sendTimeout());
        String relay = publisher.relayName();
        var passes = observability.relayPasses(relay,
                () -> events.relay(relay, settings.batchSize(), publisher::publish));
        // A pass in progress is bounded by the send timeout, and its database work by little more.
        var job = new RelayJob(relay, passes, settings.batchSize(), settings.idlePoll(),
                settings.sendTimeout().plusSeconds(10));
        log.info("publishing events to Kafka topic {} at {}", settings.topic(), settings.bootstrapServers().get());
        return Optional.of(new KafkaRelay(publisher, job));
    }

    private static byte[] encode(org.complaintdesk.application.event.PublishedEvent event) {
        return PublishedEventMapper.toMessage(event, Disclosure.MASKED, Optional.empty()).toByteArray();
    }

    /** Stops after the pass in progress, then lets the producer finish what it holds. */
    @Override
    public void close() {
        job.close();
        publisher.close();
    }
}
