package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.application.port.out.EventLog.RelayPass;
import org.junit.jupiter.api.Test;

class RelayJobTest {
    private static final int BATCH = 100;

    private final List<Long> passedAt = new CopyOnWriteArrayList<>();

    @Test
    void a_pass_that_moved_a_full_batch_is_followed_at_once_and_a_shorter_one_after_the_idle_pause() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch fivePasses = new CountDownLatch(5);
        try (RelayJob ignored = new RelayJob("test", () -> {
            passedAt.add(System.nanoTime());
            fivePasses.countDown();
            int call = calls.incrementAndGet();
            return new RelayPass(true, call <= 3 ? BATCH : 7, call);
        }, BATCH, Duration.ofMillis(600), Duration.ofSeconds(5))) {
            assertThat(fivePasses.await(5, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(gapMillis(0, 3)).isLessThan(400);
        assertThat(gapMillis(3, 4)).isGreaterThanOrEqualTo(590);
    }

    @Test
    void failed_passes_are_retried_after_pauses_that_double_and_the_relay_recovers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch recovered = new CountDownLatch(1);
        try (RelayJob ignored = new RelayJob("test", () -> {
            passedAt.add(System.nanoTime());
            if (calls.incrementAndGet() <= 3) {
                throw new IllegalStateException("broker away");
            }
            recovered.countDown();
            return new RelayPass(true, 0, 0);
        }, BATCH, Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            assertThat(recovered.await(5, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(gapMillis(0, 1)).isBetween(90L, 350L);
        assertThat(gapMillis(1, 2)).isBetween(190L, 550L);
        assertThat(gapMillis(2, 3)).isBetween(390L, 950L);
    }

    @Test
    void the_pause_after_failures_stops_growing_at_ten_seconds() {
        assertThat(RelayJob.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(RelayJob.backoff(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(RelayJob.backoff(8)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RelayJob.backoff(1_000)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void closing_lets_the_pass_in_progress_finish_and_starts_no_other() throws Exception {
        CountDownLatch inPass = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicInteger passes = new AtomicInteger();
        RelayJob job = new RelayJob("test", () -> {
            passes.incrementAndGet();
            inPass.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted in a pass");
            }
            finished.set(true);
            // A full batch: without the stop, the next pass would follow at once.
            return new RelayPass(true, BATCH, 1);
        }, BATCH, Duration.ofMillis(10), Duration.ofSeconds(5));
        assertThat(inPass.await(5, TimeUnit.SECONDS)).isTrue();

        job.close();

        assertThat(finished).isTrue();
        Thread.sleep(100);
        assertThat(passes).hasValue(1);
    }

    private long gapMillis(int from, int to) {
        return TimeUnit.NANOSECONDS.toMillis(passedAt.get(to) - passedAt.get(from));
    }
}
