package org.complaintdesk.bootstrap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The raw-SQL limit of {@link WriteBenchmark} where pgbench is missing: the statements of
 * {@code bench/raw-register.sql} in one transaction per call, over JDBC, one connection per caller
 * as pgbench's clients hold one, in a JVM of its own.
 * {@code RawRegisterClient JDBC_URL CONCURRENCY SECONDS WARMUP_SECONDS}, the password in {@code PGPASSWORD}.
 */
public final class RawRegisterClient {

    private RawRegisterClient() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int concurrency = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmUp = Integer.parseInt(args[3]);
        List<String> statements = statements(resource("bench/raw-register.sql"));
        Connection[] connections = new Connection[concurrency];
        for (int c = 0; c < concurrency; c++) {
            connections[c] = DriverManager.getConnection(url, "postgres", System.getenv("PGPASSWORD"));
            connections[c].setAutoCommit(false);
        }
        LoadResult result = ClosedLoop.run("raw-jdbc", concurrency, warmUp, seconds, (caller, i) -> {
            Connection connection = connections[caller];
            String n = Integer.toString(ThreadLocalRandom.current().nextInt(1, 1_000_000_001));
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql.replace(":n", n));
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        });
        System.out.println(result.toJson());
        for (Connection connection : connections) {
            connection.close();
        }
    }

    /** The script's SQL between BEGIN and END, without pgbench's meta-commands and comments. */
    static List<String> statements(String script) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.lines().toList()) {
            if (!line.startsWith("--") && !line.startsWith("\\")) {
                sql.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : sql.toString().split(";\\s*\n")) {
            String trimmed = statement.strip();
            if (!trimmed.isEmpty() && !List.of("BEGIN", "END", "COMMIT").contains(trimmed.toUpperCase())) {
                statements.add(trimmed);
            }
        }
        return statements;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = RawRegisterClient.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
