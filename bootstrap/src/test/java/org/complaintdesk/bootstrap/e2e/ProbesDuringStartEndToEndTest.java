package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as {@code Main} starts it, on its own embedded PostgreSQL: the kubelet finds it alive
 * and not ready while the database starts and the schema migrates, and ready once it serves.
 */
class ProbesDuringStartEndToEndTest {
    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path dataDir;

    @Test
    void the_probes_say_alive_and_starting_while_the_database_starts_then_ready() throws Exception {
        int adminPort = freePort();
        Config config = Config.fromEnvironment(Map.of("COMPLAINTS_PORT", "0",
                "COMPLAINTS_ADMIN_PORT", Integer.toString(adminPort), "COMPLAINTS_DATA_DIR", dataDir.toString()));
        ExecutorService starter = Executors.newSingleThreadExecutor();
        CompletableFuture<ComplaintDesk> starting = CompletableFuture.supplyAsync(() -> ComplaintDesk.start(config), starter);
        try {
            String live = null;
            String ready = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (live == null && !starting.isDone()) {
                try {
                    live = get(adminPort, "/livez");
                    ready = get(adminPort, "/readyz");
                } catch (IOException notYetOpen) {
                    assertThat(System.nanoTime()).as("the admin port opens").isLessThan(deadline);
                    Thread.sleep(5);
                }
            }
            // Seen before the start returned: the embedded database was still on its way.
            assertThat(starting).as("the start took long enough to be seen starting").isNotDone();
            assertThat(live).isEqualTo("200 alive");
            assertThat(ready).isEqualTo("503 starting");

            try (ComplaintDesk desk = starting.get(120, TimeUnit.SECONDS)) {
                assertThat(desk.adminPort()).hasValue(adminPort);
                assertThat(get(adminPort, "/readyz")).isEqualTo("200 ready");
                assertThat(get(adminPort, "/livez")).isEqualTo("200 alive");
            }
            assertThatThrownBy(() -> get(adminPort, "/livez")).isInstanceOf(IOException.class);
        } finally {
            starting.thenAccept(ComplaintDesk::close);
            starter.shutdown();
        }
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body().strip();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
