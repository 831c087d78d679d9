package org.complaintdesk.bootstrap.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The physical limit of a registration: {@code bench/raw-register.sql} on the service's own
 * embedded PostgreSQL, in a database of its own ({@code rawbench}, tables of {@code bench/raw-schema.sql}),
 * run by pgbench when it is installed, else by {@link RawRegisterClient} in a JVM of its own.
 */
final class RawLimit {
    private static final Pattern TPS = Pattern.compile("(?m)^tps = ([0-9.]+)");
    private final int port;
    private final String password;
    private final Path work;
    private final Optional<Path> pgbench;

    private RawLimit(int port, String password, Path work, Optional<Path> pgbench) {
        this.port = port;
        this.password = password;
        this.work = work;
        this.pgbench = pgbench;
    }

    /** The embedded server of {@code dataDirectory}: its port from postmaster.pid, its password from beside it. */
    static RawLimit on(Path dataDirectory, Path work, String mode) throws IOException, SQLException {
        int port = port(dataDirectory);
        String password = password(dataDirectory);
        Optional<Path> pgbench = switch (mode) {
            case "jdbc" -> Optional.empty();
            case "pgbench" -> Optional.of(findPgbench().orElseThrow(() -> new IllegalStateException("no pgbench on PATH")));
            default -> findPgbench();
        };
        RawLimit limit = new RawLimit(port, password, work, pgbench);
        limit.createDatabase();
        return limit;
    }

    /** The port of the embedded server of {@code dataDirectory}, from its postmaster.pid. */
    static int port(Path dataDirectory) throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDirectory.resolve("pgdata/postmaster.pid")).get(3).strip());
    }

    /** The password of its superuser, kept beside its data. */
    static String password(Path dataDirectory) throws IOException {
        return Files.readString(dataDirectory.resolve("pgdata/complaintdesk-password")).strip();
    }

    String tool() {
        return pgbench.map(p -> "pgbench (" + p + ")").orElse("JDBC (RawRegisterClient, one connection per caller)");
    }

    LoadResult run(int concurrency, int seconds, int warmUpSeconds) throws IOException, InterruptedException {
        if (pgbench.isEmpty()) {
            return LoadResult.parse(Processes.output(List.of(Processes.java(), "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-cp",
                    System.getProperty("java.class.path"), RawRegisterClient.class.getName(), url("rawbench"),
                    Integer.toString(concurrency), Integer.toString(seconds), Integer.toString(warmUpSeconds)),
                    Map.of("PGPASSWORD", password)));
        }
        Path script = work.resolve("raw-register.sql");
        Files.writeString(script, RawRegisterClient.resource("bench/raw-register.sql"), StandardCharsets.UTF_8);
        if (warmUpSeconds > 0) {
            pgbench(concurrency, warmUpSeconds, script, List.of());
        }
        Path logs = Files.createDirectories(work.resolve("pgbench-" + concurrency));
        String output = pgbench(concurrency, seconds, script, List.of("-l", "--log-prefix=" + logs.resolve("tx")));
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output:\n" + output);
        }
        long[] nanos = transactionNanos(logs);
        LoadResult byLog = LoadResult.of("raw-pgbench", concurrency, seconds, nanos, 0);
        return new LoadResult(byLog.method(), concurrency, seconds, nanos.length, 0, Double.parseDouble(tps.group(1)),
                byLog.p50Millis(), byLog.p99Millis());
    }

    private String pgbench(int concurrency, int seconds, Path script, List<String> more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(pgbench.orElseThrow().toString(), "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", "postgres", "-n", "-c", Integer.toString(concurrency), "-j",
                Integer.toString(Math.min(2, concurrency)), "-T", Integer.toString(seconds), "-f", script.toString()));
        command.addAll(more);
        command.add("rawbench");
        return Processes.output(command, Map.of("PGPASSWORD", password));
    }

    /** Each transaction's latency from pgbench's per-transaction logs (third field, microseconds). */
    private static long[] transactionNanos(Path logs) throws IOException {
        List<Long> nanos = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.split(" ");
                    if (fields.length >= 3 && fields[2].matches("[0-9]+")) {
                        nanos.add(Long.parseLong(fields[2]) * 1000);
                    }
                }
            }
        }
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private void createDatabase() throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(url("postgres"), "postgres", password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database rawbench");
        }
        try (Connection connection = DriverManager.getConnection(url("rawbench"), "postgres", password);
             Statement statement = connection.createStatement()) {
            statement.execute(RawRegisterClient.resource("bench/raw-schema.sql"));
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static Optional<Path> findPgbench() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "pgbench")).filter(Files::isExecutable).findFirst();
    }
}
