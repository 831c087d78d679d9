package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.complaintdesk.adapters.kafka.EventHeaders;
import org.complaintdesk.adapters.kafka.testing.InProcessKafka;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.PublishedEvent;
import org.complaintdesk.api.v1.Responsibility;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.complaintdesk.bootstrap.Main;
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

            // The admin port tells how far the relay got and what it published (once its pass has ended).
            long lastPosition = read.stream().mapToLong(r -> Long.parseLong(header(r, EventHeaders.POSITION))).max()
                    .orElseThrow();
            String relay = "relay=\"kafka:" + TOPIC + "\"}";
            String position = "complaintdesk_relay_position{application=\"complaintdesk\"," + relay + " " + lastPosition
                    + ".0";
            String metrics = scrape(desk);
            for (int tries = 0; !metrics.contains(position) && tries < 50; tries++) {
                Thread.sleep(100);
                metrics = scrape(desk);
            }
            assertThat(metrics).contains(position)
                    .contains("complaintdesk_relay_events_total{application=\"complaintdesk\"," + relay + " "
                            + written.size() + ".0")
                    .contains("complaintdesk_relay_pass_seconds_count{application=\"complaintdesk\",outcome=\"ok\","
                            + relay + " ");
        }
    }

    @Test
    void two_instances_relay_one_database_and_killing_one_mid_way_loses_no_event(@TempDir Path dataDir,
                                                                                 @TempDir Path keysDir) throws Exception {
        String topic = "two.instances";
        kafka.createTopic(topic, 3);
        try (ScratchDatabase database = ScratchDatabase.create("kafka_two");
             Outbox outbox = Outbox.of(database)) {
            Map<String, String> env = environment(database, dataDir, keysDir);
            env.put("COMPLAINTS_KAFKA_TOPIC", topic);
            // Small batches: many passes, so that the kill is likely to land in one.
            env.put("COMPLAINTS_KAFKA_BATCH_SIZE", "3");
            int port = freePort();
            Process other = otherInstance(env, port);
            try (ComplaintDesk desk = ComplaintDesk.start(Config.fromEnvironment(env));
                 ApiClient here = new ApiClient(desk.port(), provider.tokens());
                 ApiClient there = new ApiClient(port, provider.tokens())) {
                outbox.awaitRelay("kafka:" + topic);
                Lifecycle lifeHere = new Lifecycle(here);
                Lifecycle lifeThere = new Lifecycle(there);

                for (int i = 0; i < 6; i++) {
                    takeThrough(lifeThere);
                    takeThrough(lifeHere);
                }
                // kill -9 while both relay, and while events keep coming through the other instance.
                Thread writer = Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 6; i++) {
                        takeThrough(lifeHere);
                    }
                });
                other.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
                writer.join(60_000);
                for (int i = 0; i < 3; i++) {
                    takeThrough(lifeHere);
                }

                List<String> written = outbox.eventIds();
                assertThat(written).hasSizeGreaterThanOrEqualTo(21 * 3);
                List<ConsumerRecord<String, byte[]>> read = kafka.readUntil(topic, records -> records.stream()
                        .map(r -> header(r, EventHeaders.EVENT_ID)).collect(Collectors.toSet()).containsAll(written),
                        Duration.ofSeconds(60));

                // At least once: nothing lost, nothing that was not written; repeats carry the same id.
                assertThat(read.stream().map(r -> header(r, EventHeaders.EVENT_ID)).collect(Collectors.toSet()))
                        .containsExactlyInAnyOrderElementsOf(written);
                // In order per complaint, counting each event where it first arrived.
                Map<String, List<Long>> firstArrivals = new LinkedHashMap<>();
                Set<String> seen = new HashSet<>();
                for (ConsumerRecord<String, byte[]> record : read) {
                    if (seen.add(header(record, EventHeaders.EVENT_ID))) {
                        firstArrivals.computeIfAbsent(record.key(), key -> new ArrayList<>())
                                .add(Long.parseLong(header(record, EventHeaders.POSITION)));
                    }
                }
                assertThat(firstArrivals).hasSize(21).allSatisfy((complaint, positions) ->
                        assertThat(positions).isSorted());
            } finally {
                other.destroyForcibly();
            }
        }
    }

    @Test
    void events_written_while_the_topic_is_missing_arrive_once_it_is_created(@TempDir Path dataDir,
                                                                            @TempDir Path keysDir) throws Exception {
        String topic = "created.late";
        try (ScratchDatabase database = ScratchDatabase.create("kafka_late");
             Outbox outbox = Outbox.of(database)) {
            Map<String, String> env = environment(database, dataDir, keysDir);
            env.put("COMPLAINTS_KAFKA_TOPIC", topic);
            env.put("COMPLAINTS_KAFKA_SEND_TIMEOUT_MS", "1000");
            try (ComplaintDesk desk = ComplaintDesk.start(Config.fromEnvironment(env));
                 ApiClient client = new ApiClient(desk.port(), provider.tokens())) {
                outbox.awaitRelay("kafka:" + topic);
                Lifecycle life = new Lifecycle(client);
                takeThrough(life);
                takeThrough(life);
                String failed = "complaintdesk_relay_pass_seconds_count{application=\"complaintdesk\",outcome=\"failed\","
                        + "relay=\"kafka:" + topic + "\"} ";
                for (int tries = 0; scrape(desk).contains(failed + "0") && tries < 100; tries++) {
                    Thread.sleep(100);
                }
                assertThat(scrape(desk)).contains(failed).doesNotContain(failed + "0");

                kafka.createTopic(topic, 1);

                List<String> written = outbox.eventIds();
                List<ConsumerRecord<String, byte[]>> read = kafka.readUntil(topic, records -> records.stream()
                        .map(r -> header(r, EventHeaders.EVENT_ID)).collect(Collectors.toSet()).containsAll(written),
                        Duration.ofSeconds(30));
                assertThat(read).map(r -> header(r, EventHeaders.EVENT_ID)).containsExactlyElementsOf(written.stream()
                        .sorted(java.util.Comparator.comparing(outbox::position)).toList());
            }
        }
    }

    @Test
    void a_kafka_client_setting_the_producer_refuses_stops_the_start_and_leaves_the_port_free(@TempDir Path dataDir,
                                                                                               @TempDir Path keysDir)
            throws Exception {
        Path properties = java.nio.file.Files.writeString(keysDir.resolve("kafka.properties"),
                "security.protocol=CARRIER_PIGEON\n");
        int port = freePort();
        try (ScratchDatabase database = ScratchDatabase.create("kafka_refused")) {
            Map<String, String> env = environment(database, dataDir, keysDir);
            env.put("COMPLAINTS_PORT", Integer.toString(port));
            env.put("COMPLAINTS_KAFKA_PROPERTIES_FILE", properties.toString());

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ComplaintDesk.start(Config.fromEnvironment(env)))
                    .isInstanceOf(org.apache.kafka.common.KafkaException.class);
        }
        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    /** Registers, accepts and dispatches a complaint: three events. */
    private static void takeThrough(Lifecycle life) {
        life.dispatch(life.accept(life.register(ApiClient.billingComplaint())));
    }

    /** The service in a JVM of its own, on the same database and topic, started and listening. */
    private static Process otherInstance(Map<String, String> env, int port) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("COMPLAINTS_"));
        builder.environment().putAll(env);
        builder.environment().put("COMPLAINTS_PORT", Integer.toString(port));
        Process process = builder.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread.ofPlatform().daemon(true).start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (lines.stream().noneMatch(line -> line.contains("listening for gRPC on port " + port))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("the other instance did not start:\n" + String.join("\n", lines));
            }
            Thread.sleep(100);
        }
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String scrape(ComplaintDesk desk) throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + desk.adminPort().getAsInt() + "/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
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
        // The clock monitor's steps would race the test's steps for the complaints' etags.
        env.put("COMPLAINTS_MONITOR_INTERVAL_MS", "0");
        return env;
    }
}
