package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.complaintdesk.adapters.kafka.EventHeaders;
import org.complaintdesk.adapters.kafka.testing.InProcessKafka;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.PublishedEvent;
import org.complaintdesk.api.v1.Responsibility;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service configured with Kafka publishes every committed event of a complaint's life to the
 * topic of a real broker (in-process, KRaft), keyed by the complaint, in order, with its id.
 */
class KafkaEndToEndTest {
    private static final String TOPIC = "complaintdesk.events.v1";

    private static InProcessKafka kafka;
    private static IdentityProvider provider;

    @BeforeAll
    static void start() {
        kafka = InProcessKafka.start();
        kafka.createTopic(TOPIC, 3);
        provider = IdentityProvider.start();
    }

    @AfterAll
    static void stop() {
        provider.close();
        kafka.close();
    }

    @Test
    void every_event_of_a_complaints_life_reaches_the_topic_in_order_keyed_by_the_complaint_with_its_id(
            @TempDir Path dataDir, @TempDir Path keysDir) throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create("kafka");
             ComplaintDesk desk = ComplaintDesk.start(config(database, dataDir, keysDir));
             Outbox outbox = Outbox.of(database);
             ApiClient client = new ApiClient(desk.port(), provider.tokens())) {
            outbox.awaitRelay("kafka:" + TOPIC);
            Lifecycle life = new Lifecycle(client);

            // Two complaints whose steps interleave: each keeps its own order on the topic.
            Complaint first = life.register(ApiClient.billingComplaint());
            Complaint second = life.register(ApiClient.billingComplaint());
            first = life.accept(first);
            second = life.accept(second);
            first = life.dispatch(first);
            second = life.dispatch(second);
            first = life.contact(first);
            first = life.investigate(first);
            second = life.contact(second);
            first = life.find(first, Responsibility.RESPONSIBILITY_COMPANY);
            first = life.propose(first);
            first = life.reply(first);

            Map<String, String> complaintIds = new LinkedHashMap<>();
            complaintIds.put(first.getName(), outbox.complaintId(first.getTicketNumber()));
            complaintIds.put(second.getName(), outbox.complaintId(second.getTicketNumber()));
            List<String> written = outbox.eventIds();
            List<ConsumerRecord<String, byte[]>> read = kafka.readUntil(TOPIC,
                    records -> records.size() >= written.size(), Duration.ofSeconds(30));

            assertThat(read).map(record -> header(record, EventHeaders.EVENT_ID))
                    .containsExactlyInAnyOrderElementsOf(written);
            for (Complaint complaint : List.of(first, second)) {
                String id = complaintIds.get(complaint.getName());
                List<ConsumerRecord<String, byte[]>> its = read.stream().filter(r -> id.equals(r.key())).toList();
                assertThat(its).map(ConsumerRecord::partition).containsOnly(its.getFirst().partition());
                List<PublishedEvent> decoded = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : its) {
                    PublishedEvent event = PublishedEvent.parseFrom(record.value());
                    assertThat(event.getId()).isEqualTo(header(record, EventHeaders.EVENT_ID));
                    assertThat(Long.toString(event.getPosition())).isEqualTo(header(record, EventHeaders.POSITION));
                    assertThat(header(record, EventHeaders.COMPLAINT)).isEqualTo(id);
                    assertThat(header(record, EventHeaders.CONTENT_TYPE))
                            .isEqualTo("application/x-protobuf; messageType=complaintdesk.v1.PublishedEvent");
                    assertThat(event.hasTimelineEntry() || event.hasClockAlert() || event.hasNotice()).isTrue();
                    assertThat(event.getComplaint()).isEqualTo(complaint.getName());
                    decoded.add(event);
                }
                // The timeline entries arrive in the timeline's order, every one of them.
                assertThat(decoded).map(PublishedEvent::getPosition).isSorted();
                List<Long> entries = new ArrayList<>();
                for (int i = 0; i < its.size(); i++) {
                    if (header(its.get(i), EventHeaders.EVENT_TYPE).startsWith("timeline.")) {
                        assertThat(decoded.get(i).getTimelineEntry().getName())
                                .isEqualTo(complaint.getName() + "/events/" + decoded.get(i).getSequence());
                        entries.add(decoded.get(i).getSequence());
                    }
                }
                assertThat(entries)
                        .containsExactlyElementsOf(life.timeline(complaint).stream()
                                .map(event -> Long.parseLong(event.getName().substring(event.getName().lastIndexOf('/') + 1)))
                                .toList());
                assertThat(its).map(record -> header(record, EventHeaders.EVENT_TYPE))
                        .contains("timeline.REGISTERED", "timeline.ACCEPTED", "timeline.DISPATCHED");
            }
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return InProcessKafka.header(record, name).orElseThrow(() -> new AssertionError("no header " + name));
    }

    /** The service on {@code database}, with the real identity provider, relaying to the in-process broker. */
    static Config config(ScratchDatabase database, Path dataDir, Path keysDir) throws Exception {
        return Config.fromEnvironment(environment(database, dataDir, keysDir));
    }

    static Map<String, String> environment(ScratchDatabase database, Path dataDir, Path keysDir) throws Exception {
        Path sealingKeys = keysDir.resolve("sealing.json");
        Path indexKeys = keysDir.resolve("index.json");
        if (!sealingKeys.toFile().exists()) {
            PersonalDataKeys.generate().writeTo(sealingKeys, indexKeys);
        }
        Map<String, String> env = new HashMap<>();
        env.put("COMPLAINTS_DB_URL", database.url());
        env.put("COMPLAINTS_DB_USER", database.user());
        env.put("COMPLAINTS_DB_PASSWORD", database.password());
        env.put("COMPLAINTS_PORT", "0");
        env.put("COMPLAINTS_ADMIN_PORT", "0");
        env.put("COMPLAINTS_DATA_DIR", dataDir.toString());
        env.put("COMPLAINTS_DATA_KEYS_FILE", sealingKeys.toString());
        env.put("COMPLAINTS_DATA_INDEX_KEYS_FILE", indexKeys.toString());
        env.put("COMPLAINTS_OIDC_ISSUER", provider.issuer());
        env.put("COMPLAINTS_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("COMPLAINTS_KAFKA_TOPIC", TOPIC);
        env.put("COMPLAINTS_KAFKA_SEND_TIMEOUT_MS", "5000");
        return env;
    }
}
