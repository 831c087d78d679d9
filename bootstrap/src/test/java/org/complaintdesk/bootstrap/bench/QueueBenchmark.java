package org.complaintdesk.bootstrap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;

/**
 * The work-queue lists at a million stored and watched complaints (issue 15), measured as a user of
 * the service sees them: the service as its own process started as README's run command starts it
 * (embedded PostgreSQL), a register written into its database by {@link QueueSeed}, then each
 * {@link WorkQueue}'s first page of 50 from a separate JVM ({@link QueueLoadClient}), one caller at
 * a time, then at each further concurrency asked for. Run on demand, not a test:
 * {@code ./build.sh -Pbench-queues -pl bootstrap -am -DskipTests verify}, with
 * {@code -Dbench.complaints=1000000 -Dbench.seconds=20 -Dbench.warmup=5 -Dbench.concurrency=1,8}, and
 * {@code -Dbench.hold=600} to keep the service and its database up that long after, to look at plans.
 */
public final class QueueBenchmark {
    private QueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int complaints = Integer.getInteger("bench.complaints", 1_000_000);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmUp = Integer.getInteger("bench.warmup", 5);
        List<Integer> concurrencies = Arrays.stream(System.getProperty("bench.concurrency", "1").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        Path jar = Path.of(System.getProperty("bench.jar", "target/complaintdesk.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar + ": the bench-queues profile runs after package");
        }
        String java = Processes.java();
        Path work = Files.createTempDirectory("queue-bench");
        Path data = Files.createDirectories(work.resolve("data"));
        try (ServiceProcess service = ServiceProcess.start(java, jar, data, work.resolve("service.log"))) {
            service.awaitServing(Duration.ofSeconds(180));
            int port = RawLimit.port(data);
            String password = RawLimit.password(data);
            var cipher = new PersonalDataCipher(PersonalDataKeys.inDirectory(data.resolve("keys")));
            Map<WorkQueue, Long> matching = new LinkedHashMap<>();
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "postgres", password)) {
                long seedStart = System.nanoTime();
                QueueSeed.seed(connection, cipher, complaints);
                System.out.printf(Locale.ROOT, "seeded %,d complaints, %,d scope rows and %,d watch rows in %.0f s%n",
                        count(connection, "select count(*) from complaint"),
                        count(connection, "select count(*) from complaint_scope"),
                        count(connection, "select count(*) from complaint_watch where next_attention_at is not null"),
                        (System.nanoTime() - seedStart) / 1e9);
                for (WorkQueue queue : WorkQueue.values()) {
                    matching.put(queue, count(connection, queue.matchingSql()));
                }
            }
            System.out.printf(Locale.ROOT, "complaintdesk work-queue benchmark: %s as its own process (embedded"
                            + " PostgreSQL), ListComplaints page_size 50, first page, from a separate JVM; %d s measured"
                            + " after %d s of warm-up per row; %d cores%n", jar.getFileName(), seconds, warmUp,
                    Runtime.getRuntime().availableProcessors());
            Map<String, String> tokens = new LinkedHashMap<>();
            for (WorkQueue queue : WorkQueue.values()) {
                tokens.computeIfAbsent(queue.user + "/" + queue.unit,
                        k -> mint(java, jar, data, queue.user, queue.role, queue.unit));
            }
            // The service's JIT first, on every queue, not measured.
            for (WorkQueue queue : WorkQueue.values()) {
                load(java, service.port(), tokens.get(queue.user + "/" + queue.unit), queue, 1, 3, 0);
            }
            System.out.println("queue               caller                    filter                               matching"
                    + "  conc   calls/s  p50 ms  p99 ms  errors");
            List<LoadResult> results = new ArrayList<>();
            for (int concurrency : concurrencies) {
                for (WorkQueue queue : WorkQueue.values()) {
                    LoadResult r = load(java, service.port(), tokens.get(queue.user + "/" + queue.unit), queue,
                            concurrency, seconds, warmUp);
                    results.add(r);
                    System.out.printf(Locale.ROOT, "%-19s %-25s %-36s %9d %5d %9.1f %7.2f %7.2f %7d%n", queue,
                            queue.role + " " + queue.unit, queue.filter, matching.get(queue), concurrency, r.perSecond(),
                            r.p50Millis(), r.p99Millis(), r.errors());
                }
            }
            results.forEach(r -> System.out.println(r.toJson()));
            int hold = Integer.getInteger("bench.hold", 0);
            if (hold > 0) {
                System.out.printf("the service stays up %d s more: gRPC 127.0.0.1:%d, PostgreSQL 127.0.0.1:%d (user postgres,"
                        + " password in %s)%n", hold, service.port(), RawLimit.port(data), data.resolve("pgdata/complaintdesk-password"));
                Thread.sleep(hold * 1000L);
            }
        } finally {
            Processes.deleteRecursively(work);
        }
        System.exit(0);
    }

    private static String mint(String java, Path jar, Path data, String user, String role, String unit) {
        try {
            return ServiceProcess.mintToken(java, jar, data, user, role, unit);
        } catch (Exception e) {
            throw new IllegalStateException("could not mint a token for " + user, e);
        }
    }

    private static LoadResult load(String java, int port, String token, WorkQueue queue, int concurrency, int seconds,
                                   int warmUp) throws Exception {
        return LoadResult.parse(Processes.output(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), QueueLoadClient.class.getName(), "127.0.0.1:" + port,
                queue.name(), Integer.toString(concurrency), Integer.toString(seconds), Integer.toString(warmUp)),
                Map.of("COMPLAINTDESK_TOKEN", token)));
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
