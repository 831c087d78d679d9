package org.complaintdesk.bootstrap;

import java.util.Optional;
import java.util.function.Function;
import org.complaintdesk.adapters.kafka.KafkaEventPublisher;
import org.complaintdesk.application.event.PublishedEvent;
import org.complaintdesk.application.port.out.EventLog;
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
     * Starts relaying {@code events} to Kafka if {@code settings} name brokers.
     *
     * @param encoder     an event's protobuf encoding
     * @param messageName the full name of the protobuf message {@code encoder} writes
     */
    static Optional<KafkaRelay> start(KafkaSettings settings, EventLog events, Function<PublishedEvent, byte[]> encoder,
                                      String messageName, Observability observability) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        var publisher = new KafkaEventPublisher(settings.bootstrapServers().orElseThrow(), settings.clientSettings(),
                settings.topic(), encoder, messageName, settings.sendTimeout());
        String relay = publisher.relayName();
        var passes = observability.relayPasses(relay,
                () -> events.relay(relay, settings.batchSize(), publisher::publish));
        // A pass in progress is bounded by the send timeout, and its database work by little more.
        var job = new RelayJob(relay, passes, settings.batchSize(), settings.idlePoll(),
                settings.sendTimeout().plusSeconds(10));
        log.info("publishing events to Kafka topic {} at {}", settings.topic(), settings.bootstrapServers().get());
        return Optional.of(new KafkaRelay(publisher, job));
    }

    /** Stops after the pass in progress, then lets the producer finish what it holds. */
    @Override
    public void close() {
        job.close();
        publisher.close();
    }
}
