package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.timestamp;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.at;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.CreateComplaintRequest;
import org.complaintdesk.api.v1.IntakeFacts;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.bootstrap.AdminSettings;
import org.complaintdesk.bootstrap.Authentication;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.complaintdesk.bootstrap.DevelopmentIssuer;
import org.complaintdesk.bootstrap.MonitorSettings;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin port of a desk serving over gRPC on PostgreSQL: Prometheus scrapes call counts by
 * method and code with their latency buckets, the pool, the clock monitor's figures and the
 * register's open complaints, and never a complainant's data, a ticket number or a user; the
 * readiness probe fails as soon as the desk begins to stop.
 */
class MetricsEndToEndTest {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private MovableClock clock;
    private Database database;
    private ComplaintDesk desk;
    private ApiClient client;
    private Lifecycle life;

    @BeforeEach
    void aDeskWithItsAdminPortOnAMondayMorning() {
        TestDatabase.clear();
        var server = TestDatabase.server();
        // A pool of its own: a pool publishes its metrics to one desk's registry.
        database = Database.connect(server.jdbcUrl(), server.user(), server.password(), 4);
        clock = new MovableClock(at("2026-11-23T10:00"), ClockReadings.SHANGHAI);
        desk = ComplaintDesk.startOn(database, clock, 0, HandlingPolicy.defaults(), Config.DEFAULT_CALENDAR_REFRESH,
                DeadlinePolicies.seedForAll(), MonitorSettings.OFF, Authentication.by(DevelopmentIssuer.ephemeral()),
                AdminSettings.on(0, Duration.ZERO));
        client = new ApiClient(desk);
        life = new Lifecycle(client, clock);
    }

    @AfterEach
    void stop() throws InterruptedException {
        client.close();
        desk.close();
        database.close();
        threads.shutdown();
    }

    @Test
    void a_scrape_counts_calls_by_method_and_code_with_latency_buckets_the_pool_the_monitor_and_open_complaints()
            throws Exception {
        Complaint billing = life.register(billingComplaint().setReceiveTime(timestamp(clock.instant().minusSeconds(600))));
        Complaint outage = life.register(billingComplaint()
                .setReceiveTime(timestamp(clock.instant().minus(Duration.ofMinutes(5))))
                .setIntakeFacts(IntakeFacts.newBuilder().setSafetyHazard(true)));
        Complaint dispatched = life.dispatch(life.accept(outage));
        assertThatThrownBy(() -> client.agent().createComplaint(CreateComplaintRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        var anonymous = ComplaintServiceGrpc.newBlockingStub(client.channel).withDeadlineAfter(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> anonymous.createComplaint(ApiClient.create(billingComplaint()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));

        // The billing complaint's registration timed its clocks itself; the outage took steps the
        // monitor has not looked at yet.
        Scrape before = scrape();
        assertThat(before.value("complaintdesk_monitor_backlog", Map.of())).isEqualTo(1);
        assertThat(before.value("complaintdesk_complaints_open", Map.of("state", "REGISTERED"))).isEqualTo(1);
        assertThat(before.value("complaintdesk_complaints_open", Map.of("state", "DISPATCHED"))).isEqualTo(1);
        assertThat(before.value("complaintdesk_complaints_open", Map.of("state", "UNDER_REVIEW"))).isZero();

        desk.runMonitorOnce();
        clock.advance(Duration.ofMinutes(25));
        desk.runMonitorOnce();
        clock.advance(Duration.ofMinutes(6));
        desk.runMonitorOnce();

        Scrape after = scrape();
        var created = Map.of("service", ComplaintServiceGrpc.SERVICE_NAME, "method", "CreateComplaint");
        assertThat(after.value("grpc_server_processing_duration_seconds_count", with(created, "statusCode", "OK")))
                .isEqualTo(2);
        assertThat(after.value("grpc_server_processing_duration_seconds_count",
                with(created, "statusCode", "INVALID_ARGUMENT"))).isEqualTo(1);
        assertThat(after.value("grpc_server_processing_duration_seconds_count",
                with(created, "statusCode", "UNAUTHENTICATED"))).isEqualTo(1);
        assertThat(after.value("grpc_server_processing_duration_seconds_count",
                Map.of("method", "DispatchComplaint", "statusCode", "OK"))).isEqualTo(1);
        // The latency histogram: cumulative buckets up to +Inf, which holds every call.
        List<Sample> buckets = after.samples("grpc_server_processing_duration_seconds_bucket",
                with(created, "statusCode", "OK"));
        assertThat(buckets).extracting(s -> s.labels().get("le")).containsExactly("0.001", "0.005", "0.01", "0.025", "0.05",
                "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "10.0", "30.0", "+Inf");
        assertThat(buckets).extracting(Sample::value).isSorted();
        assertThat(after.value("grpc_server_processing_duration_seconds_bucket",
                with(with(created, "statusCode", "OK"), "le", "+Inf"))).isEqualTo(2);
        assertThat(after.value("grpc_server_processing_duration_seconds_sum", with(created, "statusCode", "OK")))
                .isPositive();

        // The pool: its size and use, and how long calls waited for a connection.
        assertThat(after.value("hikaricp_connections_max", Map.of("pool", "complaintdesk"))).isEqualTo(4);
        assertThat(after.samples("hikaricp_connections_active", Map.of("pool", "complaintdesk"))).hasSize(1);
        assertThat(after.samples("hikaricp_connections_pending", Map.of("pool", "complaintdesk"))).hasSize(1);
        assertThat(after.value("hikaricp_connections_acquire_seconds_count", Map.of("pool", "complaintdesk")))
                .isGreaterThan(3);
        assertThat(after.samples("hikaricp_connections_acquire_seconds_bucket", Map.of("pool", "complaintdesk")))
                .isNotEmpty();

        // Three passes: the outage looked at after its steps, then warned at 25 minutes, then
        // breached and escalated to the director past 30.
        assertThat(after.value("complaintdesk_monitor_pass_seconds_count", Map.of("outcome", "ok"))).isEqualTo(3);
        assertThat(after.samples("complaintdesk_monitor_pass_seconds_bucket", Map.of("outcome", "ok"))).isNotEmpty();
        assertThat(after.value("complaintdesk_monitor_complaints_attended_total", Map.of())).isGreaterThanOrEqualTo(3);
        double warnings = after.value("complaintdesk_monitor_alerts_recorded_total", Map.of("kind", "warning"));
        double breaches = after.value("complaintdesk_monitor_alerts_recorded_total", Map.of("kind", "breach"));
        assertThat(warnings).isGreaterThanOrEqualTo(1);
        assertThat(breaches).isGreaterThanOrEqualTo(1);
        assertThat(after.value("complaintdesk_monitor_escalations_total", Map.of())).isEqualTo(1);
        assertThat(after.value("complaintdesk_monitor_steps_total", Map.of())).isGreaterThanOrEqualTo(1);
        assertThat(after.value("complaintdesk_monitor_alerts_delivered_total", Map.of())).isEqualTo(warnings + breaches);
        assertThat(after.value("complaintdesk_monitor_backlog", Map.of())).isZero();
        assertThat(after.value("complaintdesk_monitor_backlog_oldest_seconds", Map.of())).isZero();

        // The JVM and the process.
        assertThat(after.samples("jvm_memory_used_bytes", Map.of("area", "heap"))).isNotEmpty();
        assertThat(after.samples("jvm_gc_pause_seconds_count", Map.of())).isNotNull();
        assertThat(after.value("jvm_threads_live_threads", Map.of())).isPositive();
        assertThat(after.value("jvm_classes_loaded_classes", Map.of())).isPositive();
        assertThat(after.value("process_uptime_seconds", Map.of())).isPositive();
        assertThat(after.value("process_files_open_files", Map.of())).isPositive();
        assertThat(after.value("system_cpu_count", Map.of())).isPositive();
        assertThat(after.samples).allSatisfy(s -> assertThat(s.labels()).containsEntry("application", "complaintdesk"));

        // Nobody's data, no ticket, no user, no unit: not in a label, not anywhere.
        Complaint stored = ClockReadings.read(client, dispatched);
        assertThat(after.text).doesNotContain("王小明", "+86 138 0013 8000", "3200123456", "南京市鼓楼区中山路1号",
                billing.getTicketNumber(), stored.getTicketNumber(), "agent-007", "supervisor-chen", "handler-li",
                "gridco", "complaints/");
    }

    @Test
    void prometheus_gets_openmetrics_when_it_asks_for_it_and_the_classic_format_otherwise() throws Exception {
        var openMetrics = http.send(request("/metrics").header("Accept",
                        "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(openMetrics.statusCode()).isEqualTo(200);
        assertThat(openMetrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/openmetrics-text; version=1.0.0"));
        assertThat(openMetrics.body()).contains("# TYPE process_uptime_seconds gauge").endsWith("# EOF\n");

        var classic = http.send(request("/metrics").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(classic.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        assertThat(classic.body()).contains("# TYPE process_uptime_seconds gauge").doesNotContain("# EOF");
    }

    @Test
    void readiness_fails_from_the_moment_the_desk_begins_to_stop_while_liveness_holds() throws Exception {
        assertThat(get("/readyz")).isEqualTo("200 ready");
        assertThat(get("/livez")).isEqualTo("200 alive");

        // A registration held up by a lock on the register keeps the desk stopping for a while.
        CompletableFuture<Complaint> inFlight;
        CompletableFuture<Void> stopping;
        try (Connection lock = TestDatabase.dataSource().getConnection(); Statement sql = lock.createStatement()) {
            lock.setAutoCommit(false);
            sql.execute("lock table complaint in exclusive mode");
            inFlight = CompletableFuture.supplyAsync(() -> life.register(
                    billingComplaint().setReceiveTime(timestamp(clock.instant().minusSeconds(60)))), threads);
            awaitBlockedOnTheLock();
            stopping = CompletableFuture.runAsync(desk::close, threads);
            awaitReadiness("503 stopping");
            assertThat(get("/livez")).isEqualTo("200 alive");
            assertThat(stopping).isNotDone();
            lock.rollback();
        }
        stopping.get(30, TimeUnit.SECONDS);
        // The call in flight finished before the desk stopped.
        assertThat(inFlight.get(30, TimeUnit.SECONDS).getTicketNumber()).isNotBlank();
        assertThatThrownBy(() -> get("/readyz")).isInstanceOf(IOException.class);
    }

    private void awaitBlockedOnTheLock() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Connection c = TestDatabase.dataSource().getConnection(); Statement sql = c.createStatement();
                 var rows = sql.executeQuery("select count(*) from pg_locks where not granted and relation = 'complaint'::regclass")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("a registration waits on the lock").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void awaitReadiness(String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!get("/readyz").equals(expected)) {
            assertThat(System.nanoTime()).as("readiness turns " + expected).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + desk.adminPort().orElseThrow() + path)).GET();
    }

    private String get(String path) throws IOException, InterruptedException {
        var response = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body().strip();
    }

    private Scrape scrape() throws IOException, InterruptedException {
        var response = http.send(request("/metrics").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Scrape.parse(response.body());
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(labels);
        all.put(name, value);
        return all;
    }

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    /** The samples of one scrape in the Prometheus text format. */
    private record Scrape(String text, List<Sample> samples) {
        static Scrape parse(String text) {
            List<Sample> samples = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = SAMPLE.matcher(line);
                assertThat(m.find()).as(line).isTrue();
                Map<String, String> labels = new LinkedHashMap<>();
                if (m.group(2) != null) {
                    Matcher l = LABEL.matcher(m.group(2));
                    while (l.find()) {
                        labels.put(l.group(1), l.group(2));
                    }
                }
                samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
            }
            return new Scrape(text, samples);
        }

        List<Sample> samples(String name, Map<String, String> labels) {
            return samples.stream().filter(s -> s.name().equals(name))
                    .filter(s -> s.labels().entrySet().containsAll(labels.entrySet())).toList();
        }

        /** The value of the one sample of that name with those labels (among others). */
        double value(String name, Map<String, String> labels) {
            List<Sample> found = samples(name, labels);
            assertThat(found).as(name + labels).hasSize(1);
            return found.getFirst().value();
        }
    }
}
