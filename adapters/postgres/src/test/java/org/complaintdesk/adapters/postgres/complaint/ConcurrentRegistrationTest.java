package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_WATCH;
import static org.complaintdesk.adapters.postgres.jooq.Tables.PERSONAL_DATA_ACCESS;
import static org.complaintdesk.adapters.postgres.jooq.Tables.REQUEST_LOG;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.AGENT;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.request;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.application.privacy.PersonalDataDisclosures;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.PriorityPolicy;
import org.complaintdesk.domain.complaint.SeverityPolicy;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real registration use case over this adapter, under concurrent retries of one request. */
class ConcurrentRegistrationTest {
    private static final int ATTEMPTS = 16;

    private final DSLContext dsl = TestDatabase.dsl();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final RegisterComplaint register = new RegisterComplaint(
            new PostgresComplaintStore(dsl, TestDatabase.personalData()), new PostgresTicketNumberSequence(dsl), new TimeOrderedIdGenerator(),
            clock, new SeverityPolicy(), new PriorityPolicy(),
            (registered, at) -> Optional.of(new Attention.Outcome(registered, List.of(), Optional.of(at.plus(Duration.ofDays(1))),
                    Optional.empty(), Optional.empty(), Map.of())),
            new PersonalDataDisclosures(new PostgresPersonalDataAccessLog(dsl), clock, UUID::randomUUID));

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    @Test
    void sixteen_simultaneous_attempts_of_one_request_register_exactly_one_complaint_with_its_first_look() throws Exception {
        var command = new RegisterComplaint.Command(anIntake().build(), AGENT, request("retry-storm-1"));
        var start = new CyclicBarrier(ATTEMPTS);
        List<Future<RegisterComplaint.Registered>> attempts = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(ATTEMPTS)) {
            for (int i = 0; i < ATTEMPTS; i++) {
                attempts.add(clients.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return register.execute(command);
                }));
            }
        }
        List<RegisterComplaint.Registered> results = new ArrayList<>();
        for (Future<RegisterComplaint.Registered> attempt : attempts) {
            results.add(attempt.get());
        }

        assertThat(dsl.fetchCount(COMPLAINT)).isEqualTo(1);
        assertThat(dsl.fetchCount(REQUEST_LOG)).isEqualTo(1);
        ComplaintId stored = new ComplaintId(dsl.select(COMPLAINT.ID).from(COMPLAINT).fetchSingle().value1());
        assertThat(results).extracting(r -> r.complaint().id()).containsOnly(stored);
        assertThat(results).filteredOn(RegisterComplaint.Registered::replayed).hasSize(ATTEMPTS - 1);
        // Each answer showed the complaint in full: the registration's record and each replay's.
        assertThat(dsl.fetchCount(PERSONAL_DATA_ACCESS, PERSONAL_DATA_ACCESS.COMPLAINT_ID.eq(stored.value())
                .and(PERSONAL_DATA_ACCESS.METHOD.eq(RegisterComplaint.OPERATION)))).isEqualTo(ATTEMPTS);
        assertThat(dsl.select(COMPLAINT_WATCH.COMPLAINT_ID, COMPLAINT_WATCH.NEXT_ATTENTION_AT).from(COMPLAINT_WATCH).fetch())
                .singleElement().satisfies(w -> {
                    assertThat(w.value1()).isEqualTo(stored.value());
                    assertThat(w.value2()).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
                });
    }
}
