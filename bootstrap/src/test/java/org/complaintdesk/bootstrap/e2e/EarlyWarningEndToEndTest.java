package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EARLY_WARNING;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EVENT_OUTBOX;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.adapters.postgres.complaint.PostgresEventLog;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.EarlyWarning;
import org.complaintdesk.api.v1.EarlyWarningServiceGrpc;
import org.complaintdesk.api.v1.ListEarlyWarningsRequest;
import org.complaintdesk.api.v1.ListEarlyWarningsResponse;
import org.complaintdesk.application.event.EventSelection;
import org.complaintdesk.application.event.PublishedEvent;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.WarningSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Early warning end to end: two instances on one PostgreSQL, each evaluating the rules every 50 ms,
 * complaints registered through the API, the warnings listed through the real gRPC server.
 */
class EarlyWarningEndToEndTest {
    private static final String RULES = """
            burst metric=received per=topic scope=unit:0 window=24h threshold=>=3
            busy-unit metric=received scope=unit:0 window=12h threshold=>=5
            """;

    private ComplaintDesk first;
    private ComplaintDesk second;
    private ApiClient client;

    @BeforeEach
    void twoInstancesEvaluatingTheRules() {
        TestDatabase.clear();
        var settings = WarningSettings.every(Duration.ofMillis(50), RULES);
        var clock = ComplaintDesk.serviceClock(ZoneId.of("Asia/Shanghai"));
        first = ComplaintDesk.startOn(TestDatabase.database(), clock, 0, settings);
        second = ComplaintDesk.startOn(TestDatabase.database(), clock, 0, settings);
        client = new ApiClient(first);
    }

    @AfterEach
    void stopBoth() throws InterruptedException {
        client.close();
        first.close();
        second.close();
    }

    private EarlyWarningServiceGrpc.EarlyWarningServiceBlockingStub warnings(String role, String unit) {
        return EarlyWarningServiceGrpc.newBlockingStub(client.channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(client.tokens.headers("sup-1", role, unit)))
                .withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    private String register(String topic) {
        return client.agent().createComplaint(create(billingComplaint().setTopic(topic)).build()).getComplaint().getName();
    }

    private List<EarlyWarning> listAll(String unit) {
        return warnings("SUPERVISOR", unit).listEarlyWarnings(ListEarlyWarningsRequest.newBuilder()
                .setOrgUnit(unit).setPageSize(500).build()).getEarlyWarningsList();
    }

    private List<EarlyWarning> awaitWarnings(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<EarlyWarning> found = listAll("gridco");
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            found = listAll("gridco");
        }
        return found;
    }

    @Test
    void three_complaints_on_one_topic_raise_one_warning_with_them_however_often_two_instances_look() throws Exception {
        List<String> outage = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            outage.add(register("no power in building 5"));
        }
        register("estimated meter reading");

        List<EarlyWarning> raised = awaitWarnings(1);
        assertThat(raised).hasSize(1);
        EarlyWarning burst = raised.getFirst();
        assertThat(burst.getRule()).isEqualTo("burst");
        assertThat(burst.getMetric()).isEqualTo(EarlyWarning.Metric.METRIC_RECEIVED);
        assertThat(burst.getOrgUnit()).isEqualTo("gridco/east");
        assertThat(burst.getSubject()).isEqualTo("no power in building 5");
        assertThat(burst.getNumerator()).isEqualTo(3);
        assertThat(burst.getThreshold()).isEqualTo(">=3");
        assertThat(burst.getComplaintsList()).containsExactlyInAnyOrderElementsOf(outage);
        assertThat(burst.getName()).startsWith("earlyWarnings/");

        // Both instances at once, again and again, and a fourth complaint in the same window: no second warning.
        outage.add(register("no power in building 5"));
        // Two threads of its own: the common pool may have one on a small machine.
        try (ExecutorService racers = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 5; round++) {
                var barrier = new CyclicBarrier(2);
                var a = CompletableFuture.supplyAsync(() -> await(barrier, first), racers);
                var b = CompletableFuture.supplyAsync(() -> await(barrier, second), racers);
                assertThat(a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS)).isLessThanOrEqualTo(1);
            }
        }
        // The fifth complaint of the unit also made the unit busy: that rule's one warning, and still one burst.
        List<EarlyWarning> now = awaitWarnings(2);
        assertThat(now).extracting(EarlyWarning::getRule).containsExactlyInAnyOrder("burst", "busy-unit");
        assertThat(TestDatabase.dsl().fetchCount(EARLY_WARNING)).isEqualTo(2);

        // Each published once, through the outbox, naming its first cause.
        assertThat(TestDatabase.dsl().fetchCount(EVENT_OUTBOX, EVENT_OUTBOX.SOURCE.eq("WARNING"))).isEqualTo(2);
        var log = new PostgresEventLog(TestDatabase.dsl());
        List<PublishedEvent> published = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            published = log.readAfter(0, EventSelection.ALL, 1000).stream()
                    .filter(e -> e.body() instanceof PublishedEvent.WarningRaised).toList();
            if (published.size() == 2) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(published).hasSize(2);
        PublishedEvent burstEvent = published.stream()
                .filter(e -> ((PublishedEvent.WarningRaised) e.body()).warning().rule().equals("burst")).findFirst()
                .orElseThrow();
        assertThat("complaints/" + burstEvent.complaintId().value())
                .isEqualTo(((PublishedEvent.WarningRaised) burstEvent.body()).warning().causes().stream()
                        .map(id -> "complaints/" + id.value()).findFirst().orElseThrow());
    }

    private static int await(CyclicBarrier barrier, ComplaintDesk desk) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return desk.runWarningsOnce().raised();
    }

    @Test
    void warnings_are_listed_in_pages_within_the_callers_units_only() throws Exception {
        for (int i = 0; i < 5; i++) {
            register("no power in building 5");
        }
        assertThat(awaitWarnings(2)).hasSize(2);

        ListEarlyWarningsResponse page1 = warnings("DIRECTOR", "gridco").listEarlyWarnings(
                ListEarlyWarningsRequest.newBuilder().setPageSize(1).build());
        assertThat(page1.getEarlyWarningsList()).hasSize(1);
        assertThat(page1.getNextPageToken()).isNotEmpty();
        ListEarlyWarningsResponse page2 = warnings("DIRECTOR", "gridco").listEarlyWarnings(
                ListEarlyWarningsRequest.newBuilder().setPageSize(1).setPageToken(page1.getNextPageToken()).build());
        assertThat(page2.getEarlyWarningsList()).hasSize(1);
        assertThat(page2.getNextPageToken()).isEmpty();
        assertThat(List.of(page1.getEarlyWarnings(0).getRule(), page2.getEarlyWarnings(0).getRule()))
                .containsExactlyInAnyOrder("burst", "busy-unit");

        // Another unit's caller sees none of them, and may not ask for gridco/east.
        assertThat(warnings("SUPERVISOR", "gridco/west").listEarlyWarnings(
                ListEarlyWarningsRequest.getDefaultInstance()).getEarlyWarningsList()).isEmpty();
        assertThatThrownBy(() -> warnings("SUPERVISOR", "gridco/west").listEarlyWarnings(
                ListEarlyWarningsRequest.newBuilder().setOrgUnit("gridco/east").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        // A token of one unit's list is refused for another's.
        assertThatThrownBy(() -> warnings("DIRECTOR", "gridco").listEarlyWarnings(ListEarlyWarningsRequest.newBuilder()
                .setOrgUnit("gridco/east").setPageSize(1).setPageToken(page1.getNextPageToken()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        // An administrator reads no statistics and no warnings.
        assertThatThrownBy(() -> warnings("ADMINISTRATOR", "gridco").listEarlyWarnings(
                ListEarlyWarningsRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }
}
