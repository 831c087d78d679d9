package org.complaintdesk.bootstrap.bench;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;

/**
 * The service started the way README's run command starts it ({@code java
 * --enable-native-access=ALL-UNNAMED -jar bootstrap/target/complaintdesk.jar}, embedded PostgreSQL)
 * as a process of its own, on a free port and a throw-away data directory; stopped with SIGTERM.
 */
final class ServiceProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The admin port is a free one: the default 8081 may be taken on a shared machine. */
    static ServiceProcess start(String java, Path jar, Path dataDirectory, Path log) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment(dataDirectory, Map.of("COMPLAINTS_PORT", Integer.toString(port),
                "COMPLAINTS_ADMIN_PORT", "0")));
        Process process = builder.start();
        // A benchmark stopped with Ctrl-C leaves no service (and its PostgreSQL) behind.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "write-bench-service-stop"));
        return new ServiceProcess(process, log, port);
    }

    /** What {@code ./build.sh token --user U --role R --unit X} prints for a service on this data directory. */
    static String mintToken(String java, Path jar, Path dataDirectory, String user, String role, String unit)
            throws IOException, InterruptedException {
        String token = Processes.output(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
                "token", "--user", user, "--role", role, "--unit", unit), environment(dataDirectory, Map.of())).strip();
        if (token.isEmpty()) {
            throw new IllegalStateException("the token command printed no token");
        }
        return token;
    }

    private static Map<String, String> environment(Path dataDirectory, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("COMPLAINTS_DATA_DIR", dataDirectory.toString());
        return env;
    }

    int port() {
        return port;
    }

    /** Waits until the gRPC health check reports ComplaintService serving, as a load balancer would. */
    void awaitServing(Duration timeout) throws InterruptedException {
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service exited with " + process.exitValue() + "; its log:\n" + tail());
                }
                try {
                    ServingStatus status = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(1, TimeUnit.SECONDS)
                            .check(HealthCheckRequest.newBuilder().setService(ComplaintServiceGrpc.SERVICE_NAME).build())
                            .getStatus();
                    if (status == ServingStatus.SERVING) {
                        return;
                    }
                } catch (StatusRuntimeException notYet) {
                    // not listening yet, or not serving yet
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("the service did not serve within " + timeout + "; its log:\n" + tail());
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
