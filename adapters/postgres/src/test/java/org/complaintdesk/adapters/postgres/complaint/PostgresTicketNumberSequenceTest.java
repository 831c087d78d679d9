package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.TICKET_COUNTER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.port.out.TicketNumberSequence;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresTicketNumberSequenceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private final PostgresTicketNumberSequence tickets = new PostgresTicketNumberSequence(TestDatabase.dsl());

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    @Test
    void the_numbers_of_a_day_start_at_one_and_carry_the_day() {
        assertThat(tickets.next(DAY)).isEqualTo(new TicketNumber("TS20261123000001"));
        assertThat(tickets.next(DAY)).isEqualTo(new TicketNumber("TS20261123000002"));
    }

    @Test
    void every_day_has_a_sequence_of_its_own() {
        tickets.next(DAY);
        tickets.next(DAY);

        assertThat(tickets.next(DAY.plusDays(1))).isEqualTo(TicketNumber.of(DAY.plusDays(1), 1));
        assertThat(tickets.next(DAY)).isEqualTo(TicketNumber.of(DAY, 3));
    }

    @Test
    void concurrent_registrations_get_every_number_of_the_day_exactly_once() throws Exception {
        List<TicketNumber> handedOut = drawConcurrently(List.of(tickets), 8, 200);

        assertThat(handedOut).hasSize(1600).doesNotHaveDuplicates();
        assertThat(handedOut).extracting(TicketNumber::sequence)
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 1600).boxed().toList());
        assertThat(handedOut).extracting(TicketNumber::day).containsOnly(DAY);
    }

    @Test
    void two_service_instances_with_pools_of_their_own_never_hand_out_the_same_number() throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        try (Database otherInstance = Database.connect(server.jdbcUrl(), server.user(), server.password(), 4)) {
            var otherTickets = new PostgresTicketNumberSequence(otherInstance.dsl());

            List<TicketNumber> handedOut = drawConcurrently(List.of(tickets, otherTickets), 4, 150);

            assertThat(handedOut).hasSize(1200).doesNotHaveDuplicates();
            assertThat(handedOut).extracting(TicketNumber::sequence)
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 1200).boxed().toList());
        }
    }

    @Test
    void instances_that_reserve_blocks_never_share_a_number_and_leave_out_only_the_block_each_holds_ahead()
            throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        try (Database otherInstance = Database.connect(server.jdbcUrl(), server.user(), server.password(), 4)) {
            var first = new PostgresTicketNumberSequence(TestDatabase.dsl(), 20);
            var second = new PostgresTicketNumberSequence(otherInstance.dsl(), 20);

            // 4 threads x 150 draws per instance = 600 = 30 whole blocks each, and a 31st reserved ahead.
            List<TicketNumber> handedOut = drawConcurrently(List.of(first, second), 4, 150);

            assertThat(handedOut).hasSize(1200).doesNotHaveDuplicates();
            Set<Long> drawn = handedOut.stream().map(TicketNumber::sequence).collect(Collectors.toSet());
            List<Long> leftOut = LongStream.rangeClosed(1, 1240).boxed().filter(n -> !drawn.contains(n)).toList();
            assertThat(drawn).allMatch(n -> n <= 1240);
            assertThat(leftOut).hasSize(40);
            // The numbers left out are the two blocks reserved ahead: whole blocks, each 20 in a row.
            assertThat(leftOut.get(19) - leftOut.get(0)).isEqualTo(19);
            assertThat(leftOut.get(39) - leftOut.get(20)).isEqualTo(19);
            assertThat(leftOut.get(0) % 20).isEqualTo(1);
            assertThat(leftOut.get(20) % 20).isEqualTo(1);
        }
    }

    @Test
    void the_next_block_is_reserved_once_half_the_current_one_is_handed_out() throws Exception {
        var blocks = new PostgresTicketNumberSequence(TestDatabase.dsl(), 20);
        for (int i = 1; i <= 10; i++) {
            assertThat(blocks.next(DAY).sequence()).isEqualTo(i);
        }
        assertThat(reservedUpTo(DAY)).isEqualTo(20);

        assertThat(blocks.next(DAY).sequence()).isEqualTo(11);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (reservedUpTo(DAY) < 40 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(reservedUpTo(DAY)).isEqualTo(40);
        // Another instance reserves after both blocks; this one goes on into the block it reserved ahead.
        assertThat(tickets.next(DAY).sequence()).isEqualTo(41);
        for (int i = 12; i <= 21; i++) {
            assertThat(blocks.next(DAY).sequence()).isEqualTo(i);
        }
    }

    private static long reservedUpTo(LocalDate day) {
        return TestDatabase.dsl().select(TICKET_COUNTER.LAST_VALUE).from(TICKET_COUNTER)
                .where(TICKET_COUNTER.DAY.eq(day)).fetchSingle().value1();
    }

    @Test
    void a_reserved_block_does_not_carry_over_into_the_next_day() {
        var blocks = new PostgresTicketNumberSequence(TestDatabase.dsl(), 20);
        assertThat(blocks.next(DAY).sequence()).isEqualTo(1);
        assertThat(blocks.next(DAY).sequence()).isEqualTo(2);

        TicketNumber nextDay = blocks.next(DAY.plusDays(1));

        assertThat(nextDay).isEqualTo(TicketNumber.of(DAY.plusDays(1), 1));
        // Another instance of the same day continues after the first instance's block.
        assertThat(tickets.next(DAY).sequence()).isEqualTo(21);
    }

    /** {@code threadsPerSequence} threads on each sequence draw {@code draws} numbers each, all at once. */
    private static List<TicketNumber> drawConcurrently(List<TicketNumberSequence> sequences, int threadsPerSequence,
                                                       int draws) throws Exception {
        int threads = sequences.size() * threadsPerSequence;
        var start = new CyclicBarrier(threads);
        List<Future<List<TicketNumber>>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (TicketNumberSequence sequence : sequences) {
                for (int t = 0; t < threadsPerSequence; t++) {
                    Callable<List<TicketNumber>> worker = () -> {
                        start.await(10, TimeUnit.SECONDS);
                        List<TicketNumber> drawn = new ArrayList<>();
                        for (int i = 0; i < draws; i++) {
                            drawn.add(sequence.next(DAY));
                        }
                        return drawn;
                    };
                    workers.add(pool.submit(worker));
                }
            }
        }
        List<TicketNumber> all = new ArrayList<>();
        for (Future<List<TicketNumber>> worker : workers) {
            all.addAll(worker.get());
        }
        return all;
    }
}
