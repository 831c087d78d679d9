package org.complaintdesk.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.complaintdesk.application.port.out.EventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one relay of the outbox in the background: a pass at once after a pass that moved a full
 * batch (a backlog drains at full speed), a short pause after a pass that found less, and a pause
 * that doubles with each failed pass up to a ceiling (a broker or database away is not hammered).
 * Every instance may run one: the event log lets one of them publish at a time.
 */
final class RelayJob implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RelayJob.class);
    static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final String name;
    private final Supplier<EventLog.RelayPass> passes;
    private final int batchSize;
    private final Duration idlePoll;
    private final Duration stopWait;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;

    /**
     * @param passes    one pass of the relay, publishing up to {@code batchSize} events
     * @param stopWait  how long {@link #close()} waits for the pass in progress
     */
    RelayJob(String name, Supplier<EventLog.RelayPass> passes, int batchSize, Duration idlePoll, Duration stopWait) {
        this.name = Objects.requireNonNull(name, "name");
        this.passes = Objects.requireNonNull(passes, "passes");
        this.batchSize = batchSize;
        this.idlePoll = Objects.requireNonNull(idlePoll, "idlePoll");
        this.stopWait = Objects.requireNonNull(stopWait, "stopWait");
        // A platform thread: the Kafka client and JDBC block in synchronized code, which pins a
        // virtual thread on Java 21.
        this.thread = Thread.ofPlatform().name("event-relay " + name).daemon(true).start(this::run);
    }

    private void run() {
        int failures = 0;
        while (stop.getCount() > 0) {
            Duration pause;
            try {
                EventLog.RelayPass pass = passes.get();
                if (failures > 0) {
                    log.info("relay {} publishes again after {} failed passes", name, failures);
                }
                failures = 0;
                pause = pass.held() && pass.published() >= batchSize ? Duration.ZERO : idlePoll;
            } catch (RuntimeException e) {
                failures++;
                pause = backoff(failures);
                // The first failure with its trace; then one line each, until it recovers.
                if (failures == 1) {
                    log.warn("relay {} failed; its events are offered again in {}", name, pause, e);
                } else {
                    log.warn("relay {} failed {} times in a row ({}); next try in {}", name, failures, e, pause);
                }
            }
            if (!pause.isZero() && pausedUntilStopped(pause)) {
                return;
            }
        }
    }

    static Duration backoff(int failures) {
        int doublings = Math.min(failures - 1, 20);
        Duration pause = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return pause.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : pause;
    }

    private boolean pausedUntilStopped(Duration pause) {
        try {
            return stop.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Stops after the pass in progress, if any: its events are published and the cursor moved, or neither. */
    @Override
    public void close() {
        stop.countDown();
        try {
            if (!thread.join(stopWait)) {
                log.warn("relay {} still in a pass after {}; its events will be offered again", name, stopWait);
                thread.interrupt();
            }
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
        }
    }
}
