package org.complaintdesk.bootstrap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Registration throughput as a user of the service sees it, against the raw-SQL limit on the same
 * PostgreSQL in the same run (issue 15; measured the way our shared bench's create-vs-raw measures):
 * the service as its own process started as README's run command starts it, the load from other
 * JVMs ({@link WriteLoadClient}), then {@code bench/raw-register.sql} by pgbench (or
 * {@link RawRegisterClient}) on the service's embedded PostgreSQL. Run on demand, not a test:
 * {@code ./build.sh -Pbench-write -pl bootstrap -am -DskipTests verify}, with
 * {@code -Dbench.concurrency=32 -Dbench.seconds=20 -Dbench.warmup=15 -Dbench.raw=auto|pgbench|jdbc}.
 * The machines are shared and noisy: quote the ratios of one run, not the absolute figures.
 */
public final class WriteBenchmark {
    private static final String USER = "load-agent";
    private static final String ROLE = "AGENT";
    private static final String UNIT = "bench/unit";

    private WriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = Integer.getInteger("bench.concurrency", 32);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmUp = Integer.getInteger("bench.warmup", 15);
        Path jar = Path.of(System.getProperty("bench.jar", "target/complaintdesk.jar")).toAbsolutePath();
        String rawMode = System.getProperty("bench.raw", "auto");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar + ": the bench-write profile runs after package");
        }
        String java = Processes.java();
        Path work = Files.createTempDirectory("write-bench");
        Path data = Files.createDirectories(work.resolve("data"));
        try {
            try (ServiceProcess service = ServiceProcess.start(java, jar, data, work.resolve("service.log"))) {
                service.awaitServing(Duration.ofSeconds(180));
                String token = ServiceProcess.mintToken(java, jar, data, USER, ROLE, UNIT);
                System.out.printf(Locale.ROOT, "complaintdesk write benchmark: %s as its own process on port %d (embedded"
                                + " PostgreSQL), load from separate JVMs; %d s measured after a %d s warm-up per phase; %d cores%n",
                        jar.getFileName(), service.port(), seconds, warmUp, Runtime.getRuntime().availableProcessors());
                String address = "127.0.0.1:" + service.port();
                List<LoadResult> results = new ArrayList<>();
                LoadResult create = load(java, address, token, "create", concurrency, seconds, warmUp, results);
                LoadResult createOne = load(java, address, token, "create", 1, seconds, warmUp, results);
                LoadResult get = load(java, address, token, "get", concurrency, seconds, warmUp, results);
                load(java, address, token, "get", 8, seconds, warmUp, results);
                load(java, address, token, "list", 1, seconds, warmUp, results);

                RawLimit limit = RawLimit.on(data, work, rawMode);
                int rawWarmUp = Math.min(warmUp, 5);
                System.out.printf("raw SQL registration on the same PostgreSQL by %s, %d s warm-up:%n", limit.tool(), rawWarmUp);
                LoadResult raw = print(limit.run(concurrency, seconds, rawWarmUp), results);
                LoadResult rawOne = print(limit.run(1, seconds, rawWarmUp), results);

                System.out.println();
                System.out.print(Report.of(create, createOne, get, raw, rawOne, results));
            }
        } finally {
            Processes.deleteRecursively(work);
        }
        System.exit(0);
    }

    private static LoadResult load(String java, String address, String token, String method, int concurrency,
                                   int seconds, int warmUp, List<LoadResult> results) throws IOException, InterruptedException {
        String output = Processes.output(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                        WriteLoadClient.class.getName(), address, method, Integer.toString(concurrency),
                        Integer.toString(seconds), Integer.toString(warmUp)),
                Map.of("COMPLAINTDESK_TOKEN", token));
        return print(LoadResult.parse(output), results);
    }

    private static LoadResult print(LoadResult result, List<LoadResult> results) {
        System.out.println(result.toJson());
        results.add(result);
        return result;
    }
}
