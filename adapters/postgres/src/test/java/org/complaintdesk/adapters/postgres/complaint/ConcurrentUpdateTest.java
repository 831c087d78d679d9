package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.declined;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.stepRequest;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.handling.StaleEtagException;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.domain.complaint.Complaint;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two steps taken at the same moment on the same version of a complaint: the database, not luck,
 * decides that exactly one is stored, whatever isolation level the connections run at.
 */
class ConcurrentUpdateTest {
    /** Races per isolation level: each may interleave differently. */
    private static final int ROUNDS = 10;

    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintTimeline timeline = new PostgresComplaintTimeline(dsl);

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    @ParameterizedTest(name = "at {0}")
    @ValueSource(strings = {"TRANSACTION_READ_COMMITTED", "TRANSACTION_REPEATABLE_READ", "TRANSACTION_SERIALIZABLE"})
    void of_two_steps_taken_at_once_from_the_same_version_exactly_one_is_stored(String isolation) throws Exception {
        try (HikariDataSource pool = TestDatabase.poolAt(isolation)) {
            var store = new PostgresComplaintStore(DSL.using(pool, SQLDialect.POSTGRES,
                    new Settings().withRenderSchema(false)), TestDatabase.personalData());
            for (int round = 0; round < ROUNDS; round++) {
                Complaint registered = registered(anIntake());
                store.insert(registered, aNewRequest());
                Complaint stored = Complaint.restore(registered.snapshot());
                Complaint accepted = accepted(stored);
                Complaint declined = declined(stored);
                IdempotencyKey accept = stepRequest("accept-" + round);
                IdempotencyKey decline = stepRequest("decline-" + round);

                List<Optional<RuntimeException>> outcomes = race(
                        () -> store.update(accepted, accept), () -> store.update(declined, decline));

                assertThat(outcomes).filteredOn(Optional::isEmpty).hasSize(1);
                assertThat(outcomes.stream().flatMap(Optional::stream)).singleElement().isInstanceOf(StaleEtagException.class);
                boolean acceptWon = outcomes.getFirst().isEmpty();
                Complaint winner = acceptWon ? accepted : declined;
                IdempotencyKey loser = acceptWon ? decline : accept;
                assertThat(store.findById(registered.id()).orElseThrow().snapshot()).isEqualTo(winner.snapshot());
                assertThat(timeline.events(registered.id(), 0, 10))
                        .containsExactly(registered.newEvents().getFirst(), winner.newEvents().getFirst());
                assertThat(store.findRequest(loser.requestId())).isEmpty();
            }
        }
    }

    @Test
    void of_two_attempts_of_one_request_at_once_one_is_stored_and_the_other_is_told_it_is_a_duplicate()
            throws Exception {
        var store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
        for (int round = 0; round < ROUNDS; round++) {
            Complaint registered = registered(anIntake());
            store.insert(registered, aNewRequest());
            Complaint accepted = accepted(Complaint.restore(registered.snapshot()));
            IdempotencyKey request = stepRequest("accept-" + round);

            List<Optional<RuntimeException>> outcomes = race(
                    () -> store.update(accepted, request), () -> store.update(accepted, request));

            assertThat(outcomes).filteredOn(Optional::isEmpty).hasSize(1);
            assertThat(outcomes.stream().flatMap(Optional::stream)).singleElement().isInstanceOf(DuplicateRequestException.class);
            assertThat(timeline.events(registered.id(), 0, 10)).hasSize(2);
        }
    }

    /** Runs both at once, as far as two threads released by one latch can, and tells how each ended. */
    private static List<Optional<RuntimeException>> race(Runnable first, Runnable second) throws Exception {
        var start = new CountDownLatch(1);
        List<Future<Optional<RuntimeException>>> attempts = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (Runnable attempt : List.of(first, second)) {
                attempts.add(threads.submit(() -> {
                    start.await();
                    try {
                        attempt.run();
                        return Optional.<RuntimeException>empty();
                    } catch (StaleEtagException | DuplicateRequestException refused) {
                        return Optional.<RuntimeException>of(refused);
                    }
                }));
            }
            start.countDown();
        }
        List<Optional<RuntimeException>> outcomes = new ArrayList<>();
        for (Future<Optional<RuntimeException>> attempt : attempts) {
            outcomes.add(attempt.get(10, TimeUnit.SECONDS));
        }
        return outcomes;
    }

}
