package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The admin port through a start: open before the database is, ready only while the desk serves
 * on a database that answers, and not ready from the moment it stops.
 */
class AdminPortTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_probes_answer_before_the_database_and_readiness_follows_the_desk_s_life() throws Exception {
        var server = TestDatabase.server();
        try (Observability observability = Observability.start(AdminSettings.on(0, Duration.ZERO))) {
            int port = observability.port().orElseThrow();
            // The database has not started yet: alive, not ready.
            assertThat(get(port, "/livez")).isEqualTo("200 alive");
            assertThat(get(port, "/readyz")).isEqualTo("503 starting");

            try (Database database = Database.connect(server.jdbcUrl(), server.user(), server.password(), 2)) {
                observability.observe(database, Clock.systemUTC());
                assertThat(get(port, "/readyz")).isEqualTo("503 starting");
                observability.serving(database);
                assertThat(get(port, "/readyz")).isEqualTo("200 ready");
                assertThat(get(port, "/livez")).isEqualTo("200 alive");

                observability.stopping();
                assertThat(get(port, "/readyz")).isEqualTo("503 stopping");
                assertThat(get(port, "/livez")).isEqualTo("200 alive");
            }
        }
    }

    @Test
    void a_desk_whose_database_stopped_answering_is_not_ready() throws Exception {
        var server = TestDatabase.server();
        try (Observability observability = Observability.start(AdminSettings.on(0, Duration.ZERO))) {
            int port = observability.port().orElseThrow();
            Database database = Database.connect(server.jdbcUrl(), server.user(), server.password(), 2);
            observability.serving(database);
            assertThat(get(port, "/readyz")).isEqualTo("200 ready");

            database.close();
            // The answer is kept for a second.
            Thread.sleep(1_100);
            assertThat(get(port, "/readyz")).isEqualTo("503 database not answering");
        }
    }

    @Test
    void the_admin_port_serves_only_its_three_paths_and_only_to_get() throws Exception {
        try (Observability observability = Observability.start(AdminSettings.on(0, Duration.ZERO))) {
            int port = observability.port().orElseThrow();
            assertThat(get(port, "/")).startsWith("404 ");
            assertThat(get(port, "/metricsfoo")).startsWith("404 ");
            var post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void with_the_admin_port_off_nothing_listens_and_nothing_is_measured() {
        try (Observability observability = Observability.start(AdminSettings.OFF)) {
            assertThat(observability.port()).isEmpty();
        }
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body().strip();
    }
}
