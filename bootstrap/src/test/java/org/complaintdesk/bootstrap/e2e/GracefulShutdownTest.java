package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.adapters.postgres.complaint.PostgresComplaintStore;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.junit.jupiter.api.Test;

/** Stopping under load: calls already accepted finish, later ones are refused, nothing acknowledged is lost. */
class GracefulShutdownTest {

    @Test
    void every_registration_acknowledged_before_or_during_shutdown_is_stored() throws Exception {
        TestDatabase.clear();
        ComplaintDesk desk = ComplaintDesk.startOn(TestDatabase.database(),
                ComplaintDesk.serviceClock(ZoneId.of("Asia/Shanghai")), 0);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Status.Code> refusals = new ArrayList<>();
        CountDownLatch someDone = new CountDownLatch(40);
        try (ApiClient client = new ApiClient(desk)) {
            ExecutorService callers = Executors.newFixedThreadPool(8);
            List<Future<Status.Code>> loops = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                loops.add(callers.submit(() -> {
                    while (true) {
                        try {
                            acknowledged.add(client.agent().createComplaint(create(billingComplaint()).build())
                                    .getComplaint().getName());
                            someDone.countDown();
                        } catch (StatusRuntimeException refused) {
                            return refused.getStatus().getCode();
                        }
                    }
                }));
            }
            assertThat(someDone.await(60, TimeUnit.SECONDS)).isTrue();

            desk.close();

            for (Future<Status.Code> loop : loops) {
                refusals.add(loop.get(30, TimeUnit.SECONDS));
            }
            callers.shutdown();
        }

        // New calls after shutdown are refused as unavailable; none was cut off half-way.
        assertThat(refusals).containsOnly(Status.Code.UNAVAILABLE);
        var store = new PostgresComplaintStore(TestDatabase.dsl(), TestDatabase.personalData());
        for (String name : acknowledged) {
            assertThat(store.findById(ComplaintId.parse("name", name.substring("complaints/".length()))))
                    .as(name).isPresent();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
    }
}
