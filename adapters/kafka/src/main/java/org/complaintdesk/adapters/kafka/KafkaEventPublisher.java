package org.complaintdesk.adapters.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.complaintdesk.application.event.PublishedEvent;
import org.complaintdesk.application.port.out.EventPublisher;

/**
 * Publishes the outbox's events to one Kafka topic: the value is the event's protobuf encoding, the
 * key its complaint (so one complaint's events share a partition and keep their order), and the
 * headers say what the event is without decoding it. The producer is idempotent and waits for every
 * in-sync replica, so a retried send neither reorders nor doubles a record; a batch the relay offers
 * again after a failure may repeat records, which receivers drop by the {@value EventHeaders#EVENT_ID}
 * header.
 *
 * <p>Nothing of an event's content is logged or put into an exception: it may carry personal data.
 */
public final class KafkaEventPublisher implements EventPublisher, AutoCloseable {

    /** Client settings the publisher owns: a properties file may not change them. */
    public static final List<String> OWN_SETTINGS = List.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            ProducerConfig.ACKS_CONFIG, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ProducerConfig.TRANSACTIONAL_ID_CONFIG, ProducerConfig.MAX_BLOCK_MS_CONFIG,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
            ProducerConfig.LINGER_MS_CONFIG);

    private final Properties settings;
    private final String topic;
    private final Function<PublishedEvent, byte[]> encoder;
    private final Header contentType;
    private final Duration sendTimeout;
    private Producer<String, byte[]> producer;

    /**
     * Creates the producer; it reaches for the brokers only when it first publishes.
     *
     * @param bootstrapServers the brokers to start from, {@code host:port,...}
     * @param clientSettings   further producer settings (security, compression, client id), none of
     *                         {@link #OWN_SETTINGS}
     * @param topic            where the events go
     * @param encoder          an event's protobuf encoding
     * @param messageName      the full name of the protobuf message the encoder writes
     * @param sendTimeout      how long a publish may wait for the brokers before it fails
     */
    public KafkaEventPublisher(String bootstrapServers, Map<String, String> clientSettings, String topic,
                               Function<PublishedEvent, byte[]> encoder, String messageName, Duration sendTimeout) {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.sendTimeout = Objects.requireNonNull(sendTimeout, "sendTimeout");
        this.contentType = header(EventHeaders.CONTENT_TYPE, EventHeaders.contentType(messageName));
        for (String own : OWN_SETTINGS) {
            if (clientSettings.containsKey(own)) {
                throw new IllegalArgumentException("the publisher sets " + own + " itself");
            }
        }
        this.settings = new Properties();
        settings.putAll(clientSettings);
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // One bound for the whole publish: waiting for metadata, and every retry of a send (the
        // client wants the delivery timeout to cover the linger and one request at least).
        if (sendTimeout.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException("a send timeout under 100 ms leaves no time for a retry");
        }
        int millis = Math.toIntExact(sendTimeout.toMillis());
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(millis));
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.min(millis / 2, 30_000)));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(millis));
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // At once, so that a bad client setting stops the start; it connects on the first publish.
        this.producer = new KafkaProducer<>(settings);
    }

    @Override
    public String relayName() {
        return "kafka:" + topic;
    }

    /** The topic the events go to. */
    public String topic() {
        return topic;
    }

    @Override
    public synchronized void publish(List<PublishedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Producer<String, byte[]> current = producer();
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        try {
            for (PublishedEvent event : events) {
                sent.add(current.send(record(event)));
            }
            current.flush();
            for (Future<RecordMetadata> acknowledged : sent) {
                acknowledged.get();
            }
        } catch (ExecutionException e) {
            throw failed(events.size(), e.getCause());
        } catch (KafkaException e) {
            throw failed(events.size(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(events.size(), e);
        }
    }

    private ProducerRecord<String, byte[]> record(PublishedEvent event) {
        List<Header> headers = List.of(
                header(EventHeaders.EVENT_ID, event.id().toString()),
                header(EventHeaders.EVENT_TYPE, EventHeaders.eventType(event.body())),
                header(EventHeaders.COMPLAINT, event.complaintId().toString()),
                header(EventHeaders.POSITION, Long.toString(event.position())),
                contentType);
        return new ProducerRecord<>(topic, null, event.complaintId().toString(), encoder.apply(event), headers);
    }

    /**
     * A failed send may leave the producer unusable (a fatal error ends an idempotent session), so
     * the next publish starts a new one; the batch is offered again anyway.
     */
    private PublishFailedException failed(int count, Throwable cause) {
        discardProducer();
        return new PublishFailedException("publishing " + count + " events to Kafka topic " + topic + " failed: "
                + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(settings);
        }
        return producer;
    }

    private void discardProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits up to the send timeout for records still in flight, then releases the producer. */
    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(sendTimeout);
            producer = null;
        }
    }

    /** The brokers did not accept a batch; the relay offers it again. */
    public static final class PublishFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
