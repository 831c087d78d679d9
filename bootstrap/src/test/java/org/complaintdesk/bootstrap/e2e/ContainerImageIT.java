package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;
import org.complaintdesk.api.v1.Complaint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image Jib built (target/jib-image.tar), loaded into a container runtime and run as
 * operators run it: on an external PostgreSQL, with keysets mounted read-only, a real identity
 * provider, a read-only root file system, and stopped with SIGTERM; and alone, on its embedded
 * PostgreSQL in the image's data directory. Runs only in the {@code image}
 * profile (bootstrap/src/test/image/check-image), which builds the image first.
 */
class ContainerImageIT {
    private static final String IMAGE_TAR = System.getProperty("image.tar");
    private static final String IMAGE = System.getProperty("image.ref");
    private static final String RUNTIME = System.getProperty("container.runtime", "podman");
    /** Options the host's runtime needs, e.g. in a sandbox that refuses to raise resource limits. */
    private static final List<String> RUNTIME_OPTIONS = Arrays.stream(System.getProperty("container.options", "")
            .split("\\s+")).filter(s -> !s.isBlank()).toList();
    private static final int USER = 65532;

    private static IdentityProvider provider;

    @BeforeAll
    static void loadImageAndStartIdentityProvider() throws Exception {
        assertThat(IMAGE_TAR).as("system property image.tar").isNotBlank();
        assertThat(run(RUNTIME, "load", "-i", IMAGE_TAR)).as(RUNTIME + " load").isZero();
        provider = IdentityProvider.start();
    }

    @AfterAll
    static void stopIdentityProvider() {
        provider.close();
    }

    @Test
    void the_image_runs_the_service_as_a_non_root_user_with_its_jvm_flags_and_ports() throws Exception {
        Map<String, Object> config = JSONObjectUtils.parse(output(RUNTIME, "image", "inspect", "--format",
                "{{json .Config}}", IMAGE));

        assertThat(config.get("User")).isEqualTo(USER + ":" + USER);
        assertThat(JSONObjectUtils.getJSONObject(config, "ExposedPorts")).containsOnlyKeys("50051/tcp", "8081/tcp");
        assertThat(JSONObjectUtils.getStringList(config, "Entrypoint")).startsWith("java")
                .contains("--enable-native-access=ALL-UNNAMED", "-XX:MaxRAMPercentage=75")
                .endsWith("org.complaintdesk.bootstrap.Main");
        assertThat(JSONObjectUtils.getStringList(config, "Env")).contains("COMPLAINTS_DATA_DIR=/var/lib/complaintdesk");
    }

    @Test
    void the_image_on_an_external_postgresql_registers_a_complaint_and_stops_cleanly_on_sigterm(@TempDir Path keys)
            throws Exception {
        ScratchDatabase external = ScratchDatabase.create("image");
        PersonalDataKeys.generate().writeTo(keys.resolve("sealing.json"), keys.resolve("index.json"));
        // The keysets stay readable by their owner only: the owner becomes the image's user.
        for (Path p : List.of(keys, keys.resolve("sealing.json"), keys.resolve("index.json"))) {
            Files.setAttribute(p, "unix:uid", USER);
            Files.setAttribute(p, "unix:gid", USER);
        }
        int port = freePort();
        int adminPort = freePort();
        String name = "complaintdesk-it-" + UUID.randomUUID().toString().substring(0, 8);

        Process container = start(name,
                "--read-only", "--tmpfs", "/tmp",
                "-v", keys + ":/etc/complaintdesk/keys:ro",
                "-e", "COMPLAINTS_PORT=" + port,
                "-e", "COMPLAINTS_ADMIN_PORT=" + adminPort,
                "-e", "COMPLAINTS_DB_URL=" + external.url(),
                "-e", "COMPLAINTS_DB_USER=" + external.user(),
                "-e", "COMPLAINTS_DB_PASSWORD=" + external.password(),
                "-e", "COMPLAINTS_DATA_KEYS_FILE=/etc/complaintdesk/keys/sealing.json",
                "-e", "COMPLAINTS_DATA_INDEX_KEYS_FILE=/etc/complaintdesk/keys/index.json",
                "-e", "COMPLAINTS_OIDC_ISSUER=" + provider.issuer(),
                "-e", "COMPLAINTS_SHUTDOWN_GRACE_SECONDS=5");
        List<String> log = follow(container);
        try {
            awaitLine(log, container, "complaintdesk listening for gRPC", Duration.ofMinutes(2));

            assertThat(containerUser(name)).as("uid of the container's java process").isEqualTo(USER);
            Complaint created;
            try (ApiClient client = new ApiClient(port, provider.tokens())) {
                assertThat(HealthGrpc.newBlockingStub(client.channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                        .check(HealthCheckRequest.getDefaultInstance()).getStatus()).isEqualTo(ServingStatus.SERVING);
                created = client.agent().createComplaint(create(billingComplaint()).build()).getComplaint();
            }
            // The probes and the metrics the Kubernetes manifest and Prometheus rely on.
            assertThat(adminGet(adminPort, "/livez").statusCode()).as("/livez").isEqualTo(200);
            assertThat(adminGet(adminPort, "/readyz").statusCode()).as("/readyz").isEqualTo(200);
            assertThat(adminGet(adminPort, "/metrics").body())
                    .contains("grpc_server_processing_duration_seconds_count{", "method=\"CreateComplaint\"");
            assertThat(external.ticketNumbers()).containsExactly(created.getTicketNumber());

            assertThat(run(RUNTIME, "stop", "--time", "30", name)).as(RUNTIME + " stop").isZero();
            assertThat(container.waitFor(60, TimeUnit.SECONDS)).as("container ended").isTrue();
            assertThat(container.exitValue()).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(log).anyMatch(line -> line.contains("connection pool closed"))
                    .noneMatch(line -> line.contains("王小明") || line.contains("13800138000"));
        } finally {
            remove(name, container, log);
            external.close();
        }
    }

    @Test
    void the_image_alone_runs_its_embedded_postgresql_in_its_data_directory_and_mints_tokens_for_it() throws Exception {
        int port = freePort();
        String name = "complaintdesk-it-" + UUID.randomUUID().toString().substring(0, 8);
        // The host's network: a free admin port, since 8081 may be taken on this machine.
        Process container = start(name, "-e", "COMPLAINTS_PORT=" + port, "-e", "COMPLAINTS_ADMIN_PORT=" + freePort(),
                "-e", "COMPLAINTS_SHUTDOWN_GRACE_SECONDS=5");
        List<String> log = follow(container);
        try {
            awaitLine(log, container, "complaintdesk listening for gRPC", Duration.ofMinutes(3));
            // The token command of the image, on the same data directory, as README's walkthrough uses it.
            Tokens minted = (userId, role, unit) -> {
                try {
                    return output(RUNTIME, "exec", name, "java", "-cp", "@/app/jib-classpath-file",
                            "org.complaintdesk.bootstrap.Main", "token", "--user", userId, "--role", role, "--unit", unit)
                            .strip();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
            Complaint created;
            try (ApiClient client = new ApiClient(port, minted)) {
                created = client.agent().createComplaint(create(billingComplaint()).build()).getComplaint();
            }
            assertThat(created.getTicketNumber()).isNotBlank();

            assertThat(run(RUNTIME, "stop", "--time", "30", name)).as(RUNTIME + " stop").isZero();
            assertThat(container.waitFor(60, TimeUnit.SECONDS)).as("container ended").isTrue();
            assertThat(container.exitValue()).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(log).anyMatch(line -> line.contains("started embedded PostgreSQL with data in /var/lib/complaintdesk/pgdata"))
                    .anyMatch(line -> line.contains("embedded PostgreSQL stopped"));
        } finally {
            remove(name, container, log);
        }
    }

    /**
     * {@code run} of the image, with the runtime's options and the given ones, on the host's network:
     * the service's loopback is the host's, where the database and the identity provider listen.
     */
    private static Process start(String name, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(RUNTIME, "run", "--rm", "--name", name, "--network=host"));
        command.addAll(RUNTIME_OPTIONS);
        command.addAll(List.of(options));
        command.add(IMAGE);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void remove(String name, Process container, List<String> log) throws Exception {
        if (container.isAlive()) {
            run(RUNTIME, "rm", "--force", name);
            container.destroyForcibly();
        }
        System.out.println("---- container log of " + name + "\n" + String.join("\n", log));
    }


    /** The real uid of the container's first process, read from the host's /proc. */
    private static int containerUser(String name) throws Exception {
        String pid = output(RUNTIME, "inspect", "--format", "{{.State.Pid}}", name).strip();
        return Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                .filter(line -> line.startsWith("Uid:"))
                .map(line -> Integer.parseInt(line.split("\\s+")[1]))
                .findFirst().orElseThrow();
    }

    private static List<String> follow(Process process) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(log reader stopped: " + e.getMessage() + ")");
            }
        }, "container-log");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static void awaitLine(List<String> log, Process process, String text, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (log.stream().noneMatch(line -> line.contains(text))) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the container never logged \"" + text + "\" (alive: " + process.isAlive()
                        + "):\n" + String.join("\n", log));
            }
            Thread.sleep(200);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        return p.waitFor();
    }

    private static String output(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
        return out;
    }

    private static HttpResponse<String> adminGet(int adminPort, String path)
            throws IOException, InterruptedException {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
