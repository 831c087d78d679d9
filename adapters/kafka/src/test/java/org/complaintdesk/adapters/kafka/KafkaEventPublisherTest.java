package org.complaintdesk.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.complaintdesk.adapters.kafka.testing.InProcessKafka;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.event.EventId;
import org.complaintdesk.application.event.PublishedEvent;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.notice.IssuedNotice;
import org.complaintdesk.domain.notice.NoticeChannel;
import org.complaintdesk.domain.notice.NoticeKind;
import org.complaintdesk.domain.notice.RenderedNotice;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaEventPublisherTest {
    private static final OrgUnitId UNIT = new OrgUnitId("gridco/east");
    private static final Actor AGENT = new Actor(new UserId("agent-7"), Role.AGENT, UNIT);
    private static final Instant AT = Instant.parse("2026-12-05T08:00:00Z");
    private static final String MESSAGE = "complaintdesk.v1.TestEvent";
    /** Stands in for the protobuf encoding: what the test can read back and compare. */
    private static final Function<PublishedEvent, byte[]> ENCODER =
            event -> ("event " + event.id() + " at " + event.position()).getBytes(StandardCharsets.UTF_8);

    private static InProcessKafka kafka;
    private long position;

    @BeforeAll
    static void startBroker() {
        kafka = InProcessKafka.start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void each_complaints_events_arrive_in_order_keyed_by_the_complaint_with_their_ids_in_the_headers() {
        kafka.createTopic("lifecycle", 3);
        // Ten complaints: with random ids, all in one of three partitions is a chance of 1 in 3^9.
        List<ComplaintId> complaints = java.util.stream.Stream.generate(KafkaEventPublisherTest::complaint).limit(10)
                .toList();
        List<PublishedEvent> written = new ArrayList<>();
        for (int step = 1; step <= 6; step++) {
            for (ComplaintId complaint : complaints) {
                written.add(step % 3 == 0 ? alert(complaint, step) : step % 5 == 0 ? notice(complaint, step)
                        : entry(complaint, step));
            }
        }
        try (KafkaEventPublisher publisher = publisher(kafka.bootstrapServers(), "lifecycle", Duration.ofSeconds(10))) {
            publisher.publish(written.subList(0, 25));
            publisher.publish(written.subList(25, written.size()));
        }

        List<ConsumerRecord<String, byte[]>> read = kafka.readUntil("lifecycle",
                records -> records.size() >= written.size(), Duration.ofSeconds(15));

        assertThat(read).hasSize(written.size());
        Map<String, List<String>> idsPerKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : read) {
            idsPerKey.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(header(record, EventHeaders.EVENT_ID));
        }
        Map<String, List<String>> writtenPerComplaint = new LinkedHashMap<>();
        for (PublishedEvent event : written) {
            writtenPerComplaint.computeIfAbsent(event.complaintId().toString(), key -> new ArrayList<>())
                    .add(event.id().toString());
        }
        assertThat(idsPerKey).isEqualTo(writtenPerComplaint);
        assertThat(read.stream().map(ConsumerRecord::partition).distinct()).hasSizeGreaterThan(1);

        Map<String, PublishedEvent> byId = new LinkedHashMap<>();
        written.forEach(event -> byId.put(event.id().toString(), event));
        for (ConsumerRecord<String, byte[]> record : read) {
            PublishedEvent event = byId.get(header(record, EventHeaders.EVENT_ID));
            assertThat(record.value()).isEqualTo(ENCODER.apply(event));
            assertThat(header(record, EventHeaders.COMPLAINT)).isEqualTo(event.complaintId().toString());
            assertThat(header(record, EventHeaders.POSITION)).isEqualTo(Long.toString(event.position()));
            assertThat(header(record, EventHeaders.CONTENT_TYPE))
                    .isEqualTo("application/x-protobuf; messageType=" + MESSAGE);
        }
        assertThat(read).map(record -> header(record, EventHeaders.EVENT_TYPE)).containsOnly(
                "timeline.ACCEPTED", "alert.BREACH", "notice.ACCEPTANCE");
    }

    @Test
    void publishing_to_a_topic_that_does_not_exist_throws_and_succeeds_once_the_topic_is_there() {
        PublishedEvent event = entry(complaint(), 1);
        try (KafkaEventPublisher publisher = publisher(kafka.bootstrapServers(), "not-yet", Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> publisher.publish(List.of(event)))
                    .isInstanceOf(KafkaEventPublisher.PublishFailedException.class)
                    .hasMessageContaining("publishing 1 events to Kafka topic not-yet failed");

            kafka.createTopic("not-yet", 1);
            publisher.publish(List.of(event));
        }

        List<ConsumerRecord<String, byte[]>> read = kafka.readUntil("not-yet", records -> !records.isEmpty(),
                Duration.ofSeconds(10));
        assertThat(read).map(record -> header(record, EventHeaders.EVENT_ID)).containsExactly(event.id().toString());
    }

    @Test
    void publishing_to_a_broker_that_cannot_be_reached_throws_within_the_send_timeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (KafkaEventPublisher publisher = publisher("127.0.0.1:" + closedPort, "anywhere", Duration.ofSeconds(1))) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> publisher.publish(List.of(entry(complaint(), 1))))
                    .isInstanceOf(KafkaEventPublisher.PublishFailedException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void a_failure_names_neither_the_events_contents_nor_their_encoding() {
        PublishedEvent event = notice(complaint(), 1);
        try (KafkaEventPublisher publisher = publisher(kafka.bootstrapServers(), "missing", Duration.ofMillis(500))) {
            assertThatThrownBy(() -> publisher.publish(List.of(event)))
                    .isInstanceOf(KafkaEventPublisher.PublishFailedException.class)
                    .message()
                    .doesNotContain("张")
                    .doesNotContain(event.id().toString());
        }
    }

    @Test
    void the_relay_is_named_after_the_topic() {
        try (KafkaEventPublisher publisher = publisher(kafka.bootstrapServers(), "complaintdesk.events.v1",
                Duration.ofSeconds(1))) {
            assertThat(publisher.relayName()).isEqualTo("kafka:complaintdesk.events.v1");
        }
    }

    @Test
    void client_settings_may_not_weaken_what_the_publisher_promises() {
        assertThatThrownBy(() -> new KafkaEventPublisher(kafka.bootstrapServers(), Map.of("acks", "1"), "t", ENCODER,
                MESSAGE, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acks");
        assertThatThrownBy(() -> new KafkaEventPublisher(kafka.bootstrapServers(),
                Map.of("enable.idempotence", "false"), "t", ENCODER, MESSAGE, Duration.ofSeconds(1)))
                .hasMessageContaining("enable.idempotence");
    }

    @Test
    void a_client_setting_the_producer_does_not_accept_fails_at_once_not_at_the_first_publish() {
        assertThatThrownBy(() -> new KafkaEventPublisher(kafka.bootstrapServers(),
                Map.of("security.protocol", "CARRIER_PIGEON"), "t", ENCODER, MESSAGE, Duration.ofSeconds(1)))
                .isInstanceOf(org.apache.kafka.common.KafkaException.class);
    }

    private static KafkaEventPublisher publisher(String servers, String topic, Duration timeout) {
        return new KafkaEventPublisher(servers, Map.of("client.id", "publisher-test"), topic, ENCODER, MESSAGE, timeout);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return InProcessKafka.header(record, name).orElseThrow(() -> new AssertionError("no header " + name));
    }

    private static ComplaintId complaint() {
        return new ComplaintId(UUID.randomUUID());
    }

    private PublishedEvent entry(ComplaintId complaint, long sequence) {
        ComplaintEvent event = new ComplaintEvent(complaint, sequence, AGENT, AT.plusSeconds(sequence),
                Optional.of(ComplaintState.REGISTERED), ComplaintState.ACCEPTED, Optional.empty(),
                new EventDetails.Accepted());
        return published(complaint, sequence, new PublishedEvent.TimelineEntry(event));
    }

    private PublishedEvent alert(ComplaintId complaint, long sequence) {
        ClockAlert alert = new ClockAlert(complaint, TicketNumber.of(LocalDate.of(2026, 12, 5), 17), UNIT,
                ClockKind.REGISTRATION, 1, ClockAlert.Kind.BREACH, AT, AT.plusSeconds(60), AT.plusSeconds(60));
        return published(complaint, sequence, new PublishedEvent.AlertRaised(alert));
    }

    private PublishedEvent notice(ComplaintId complaint, long sequence) {
        IssuedNotice notice = new IssuedNotice(UUID.randomUUID(), complaint, TicketNumber.of(LocalDate.of(2026, 12, 5), 18),
                new RenderedNotice(NoticeKind.ACCEPTANCE, NoticeChannel.SMS, "张三您好，您的投诉已受理"), AT,
                AT.plusSeconds(3600));
        return published(complaint, sequence, new PublishedEvent.NoticeIssued(notice));
    }

    private PublishedEvent published(ComplaintId complaint, long sequence, PublishedEvent.Body body) {
        return new PublishedEvent(new EventId(UUID.randomUUID()), ++position, complaint, sequence, UNIT, AT, body);
    }
}
