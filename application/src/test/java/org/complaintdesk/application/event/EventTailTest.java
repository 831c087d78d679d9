package org.complaintdesk.application.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class EventTailTest {
    private final EventTail tail = new EventTail();

    private CompletableFuture<Long> waiting(long position, AtomicBoolean early) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return tail.awaitBeyond(position, Duration.ofSeconds(30), early::get);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void a_waiter_wakes_when_a_later_position_is_observed_and_not_for_one_it_has() throws Exception {
        tail.observe(5);
        var waiter = waiting(5, new AtomicBoolean());
        tail.observe(4);
        tail.observe(5);
        assertThat(waiter).isNotCompleted();
        Thread.sleep(100);
        assertThat(waiter).isNotCompleted();
        tail.observe(6);
        assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo(6);
    }

    @Test
    void a_waiter_woken_with_its_own_reason_returns_and_the_others_wait_on() throws Exception {
        var mine = new AtomicBoolean();
        var waiter = waiting(0, mine);
        var other = waiting(0, new AtomicBoolean());
        Thread.sleep(100);
        mine.set(true);
        tail.wakeAll();
        assertThat(waiter.get(5, TimeUnit.SECONDS)).isZero();
        Thread.sleep(100);
        assertThat(other).isNotCompleted();
        tail.observe(1);
        assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void a_waiter_gives_up_at_its_timeout() throws Exception {
        long started = System.nanoTime();
        assertThat(tail.awaitBeyond(0, Duration.ofMillis(100), () -> false)).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }
}
