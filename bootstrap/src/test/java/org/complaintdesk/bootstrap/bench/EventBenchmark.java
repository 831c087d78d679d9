package org.complaintdesk.bootstrap.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.complaintdesk.adapters.kafka.testing.InProcessKafka;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.ComplaintEventServiceGrpc;
import org.complaintdesk.api.v1.ComplaintServiceGrpc.ComplaintServiceBlockingStub;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.PublishedEvent;
import org.complaintdesk.api.v1.StreamComplaintEventsRequest;
import org.complaintdesk.api.v1.StreamComplaintEventsResponse;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.KafkaSettings;
import org.complaintdesk.bootstrap.e2e.Tokens;

/**
 * Event benchmark, run on demand (not a test): N concurrent gRPC writers register complaints while
 * a subscriber follows StreamComplaintEvents; it reports the events per second that came through
 * the outbox and the delay from each registration's answer to its event's arrival on the stream
 * (the commit happens before the answer, so the true delay from commit is at most the call's own
 * time longer, also reported), and the same for a consumer of the Kafka topic the relay feeds (an
 * in-process KRaft broker). Run with
 * {@code ./build.sh -Pbench-events -pl bootstrap -am -DskipTests verify -Dbench.writers=32 -Dbench.writes=200}.
 */
public final class EventBenchmark {
    private final int writers;
    private final int writes;

    private EventBenchmark(int writers, int writes) {
        this.writers = writers;
        this.writes = writes;
    }

    public static void main(String[] args) throws Exception {
        new EventBenchmark(Integer.getInteger("bench.writers", 32), Integer.getInteger("bench.writes", 200)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        TestDatabase.clear();
        try (InProcessKafka kafka = InProcessKafka.start();
             Database database = Database.connect(server.jdbcUrl(), server.user(), server.password(), 16);
             ComplaintDesk desk = startWithTopic(kafka, database)) {
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", desk.port()).usePlaintext().build();
            Tokens tokens = Tokens.of(desk);
            ComplaintServiceBlockingStub writer = ComplaintServiceGrpc.newBlockingStub(channel).withInterceptors(
                    MetadataUtils.newAttachHeadersInterceptor(tokens.headers("bench-agent", "AGENT", "bench")));
            var subscriber = ComplaintEventServiceGrpc.newStub(channel).withInterceptors(
                    MetadataUtils.newAttachHeadersInterceptor(tokens.headers("bench-gateway", "SYSTEM", "bench")));
            System.out.printf("complaintdesk event benchmark: %d writers x %d registrations, %d cores%n",
                    writers, writes, Runtime.getRuntime().availableProcessors());

            warmUp(writer);
            // The warm-up's events are numbered a pass (50 ms) or two after their answers: a stream from
            // now, opened before that, would count them as the benchmark's.
            Thread.sleep(1_000);
            Map<String, long[]> answered = new ConcurrentHashMap<>();
            Map<String, Long> arrived = new ConcurrentHashMap<>();
            int expected = writers * writes;
            CountDownLatch allArrived = new CountDownLatch(expected);
            CountDownLatch subscribed = new CountDownLatch(1);
            subscriber.streamComplaintEvents(StreamComplaintEventsRequest.newBuilder().setStartFromNow(true)
                    .addEventTypes(ComplaintEvent.Type.TYPE_REGISTERED).build(), new StreamObserver<>() {
                @Override
                public void onNext(StreamComplaintEventsResponse response) {
                    long now = System.nanoTime();
                    subscribed.countDown();
                    for (PublishedEvent e : response.getEventsList()) {
                        if (arrived.putIfAbsent(e.getComplaint(), now) == null) {
                            allArrived.countDown();
                        }
                    }
                }

                @Override
                public void onError(Throwable t) {
                    System.out.println("stream failed: " + t);
                }

                @Override
                public void onCompleted() {
                }
            });
            subscribed.await(30, TimeUnit.SECONDS);
            Map<String, Long> onKafka = new ConcurrentHashMap<>();
            CountDownLatch kafkaReady = new CountDownLatch(1);
            var consumer = Thread.ofPlatform().daemon(true).start(() -> consume(kafka, onKafka, expected, kafkaReady));
            if (!kafkaReady.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the Kafka consumer got no partitions within 60 s");
            }

            ExecutorService pool = Executors.newFixedThreadPool(writers);
            AtomicLong sequence = new AtomicLong();
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < writes; i++) {
                        long sent = System.nanoTime();
                        String name = writer.createComplaint(LoadBenchmark.create((int) sequence.incrementAndGet()))
                                .getComplaint().getName();
                        answered.put(name, new long[] {sent, System.nanoTime()});
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            long written = System.nanoTime();
            boolean complete = allArrived.await(60, TimeUnit.SECONDS);
            long end = System.nanoTime();
            consumer.join(Duration.ofSeconds(60));
            long kafkaEnd = System.nanoTime();
            pool.shutdown();

            double[] fromAnswer = delays(answered, arrived, 1);
            double[] fromCall = delays(answered, arrived, 0);
            double[] calls = answered.values().stream().mapToDouble(t -> (t[1] - t[0]) / 1e6).sorted().toArray();
            System.out.printf("registrations: %d in %.2f s (%.0f/s); events on the stream: %d of %d%s%n",
                    answered.size(), (written - start) / 1e9, answered.size() / ((written - start) / 1e9),
                    ofThisRun(answered, arrived), expected, complete ? "" : " (INCOMPLETE after 60 s)");
            System.out.printf("events through the outbox to the stream: %.0f/s (first write to last arrival)%n",
                    ofThisRun(answered, arrived) / ((end - start) / 1e9));
            System.out.printf("delay from the write's answer to arrival: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    percentile(fromAnswer, 50), percentile(fromAnswer, 99), fromAnswer[fromAnswer.length - 1]);
            System.out.printf("delay from the write's call to arrival:   p50 %.1f ms, p99 %.1f ms (the call itself: p50 %.1f ms, p99 %.1f ms)%n",
                    percentile(fromCall, 50), percentile(fromCall, 99), percentile(calls, 50), percentile(calls, 99));
            System.out.printf("target: p99 under 1000 ms on the stream: %s%n",
                    percentile(fromCall, 99) < 1000 ? "met" : "NOT met");
            double[] kafkaFromAnswer = delays(answered, onKafka, 1);
            double[] kafkaFromCall = delays(answered, onKafka, 0);
            System.out.printf("events to Kafka: %d of %d, %.0f/s (first write to last arrival)%n",
                    ofThisRun(answered, onKafka), expected, ofThisRun(answered, onKafka) / ((kafkaEnd - start) / 1e9));
            System.out.printf("Kafka: delay from the write's answer to a consumer: p50 %.1f ms, p99 %.1f ms; from the call: p50 %.1f ms, p99 %.1f ms%n",
                    percentile(kafkaFromAnswer, 50), percentile(kafkaFromAnswer, 99),
                    percentile(kafkaFromCall, 50), percentile(kafkaFromCall, 99));
            System.out.printf("target: p99 under 1000 ms to Kafka: %s%n",
                    percentile(kafkaFromCall, 99) < 1000 ? "met" : "NOT met");
            channel.shutdownNow();
        }
    }

    private static final String TOPIC = "complaintdesk.events.v1";

    private static ComplaintDesk startWithTopic(InProcessKafka kafka, Database database) {
        kafka.createTopic(TOPIC, 3);
        return ComplaintDesk.startOn(database, ComplaintDesk.serviceClock(ZoneId.of("Asia/Shanghai")), 0,
                KafkaSettings.at(kafka.bootstrapServers(), TOPIC));
    }

    /**
     * Reads the topic until every registration's event arrived, noting when each did. It holds its
     * partitions, and knows where they end, before it tells it is ready: a consumer reading from the
     * end would otherwise skip what was written while its group formed (a few seconds).
     */
    private static void consume(InProcessKafka kafka, Map<String, Long> arrived, int expected, CountDownLatch ready) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "event-benchmark");
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.assignment().forEach(consumer::position);
            ready.countDown();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (arrived.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    try {
                        PublishedEvent event = PublishedEvent.parseFrom(record.value());
                        if (event.getTimelineEntry().getType() == ComplaintEvent.Type.TYPE_REGISTERED) {
                            arrived.putIfAbsent(event.getComplaint(), now);
                        }
                    } catch (InvalidProtocolBufferException e) {
                        throw new IllegalStateException("a record is not a PublishedEvent", e);
                    }
                }
            }
        }
    }

    /** The registrations of the timed run whose event arrived. */
    private static long ofThisRun(Map<String, long[]> answered, Map<String, Long> arrived) {
        return answered.keySet().stream().filter(arrived::containsKey).count();
    }

    private static double[] delays(Map<String, long[]> answered, Map<String, Long> arrived, int from) {
        return answered.entrySet().stream().filter(e -> arrived.containsKey(e.getKey()))
                .mapToDouble(e -> Math.max(0, arrived.get(e.getKey()) - e.getValue()[from]) / 1e6).sorted().toArray();
    }

    private static void warmUp(ComplaintServiceBlockingStub writer) {
        for (int i = 0; i < 200; i++) {
            writer.createComplaint(LoadBenchmark.create(10_000_000 + i));
        }
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
