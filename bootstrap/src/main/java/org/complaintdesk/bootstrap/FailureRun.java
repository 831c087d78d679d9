package org.complaintdesk.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * How a background job that tries again every few milliseconds reports a run of failures (the
 * database away, say): the first failure with its stack trace, then at most one line every
 * {@link #SUMMARY_EVERY} with the count so far, then one line when a pass works again. Logging
 * every failure would write twenty stack traces a second for a job that runs every 50 ms.
 */
final class FailureRun {
    static final Duration SUMMARY_EVERY = Duration.ofMinutes(1);

    private final Logger log;
    private final Level level;
    private final String job;
    private final LongSupplier nanoTime;
    private int failures;
    private long lastLoggedAt;

    FailureRun(Logger log, Level level, String job) {
        this(log, level, job, System::nanoTime);
    }

    FailureRun(Logger log, Level level, String job, LongSupplier nanoTime) {
        this.log = Objects.requireNonNull(log, "log");
        this.level = Objects.requireNonNull(level, "level");
        this.job = Objects.requireNonNull(job, "job");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    synchronized void failed(RuntimeException e) {
        failures++;
        long now = nanoTime.getAsLong();
        if (failures == 1) {
            lastLoggedAt = now;
            log.atLevel(level).setCause(e).log("{} failed; trying again at the next pass", job);
        } else if (now - lastLoggedAt >= SUMMARY_EVERY.toNanos()) {
            lastLoggedAt = now;
            // The type only: the first failure's trace has the detail, and a message may quote a row.
            log.atLevel(level).log("{} still failing: {} passes in a row, the last with {}", job, failures,
                    e.getClass().getName());
        }
    }

    synchronized void succeeded() {
        if (failures > 0) {
            log.info("{} works again after {} failed passes", job, failures);
            failures = 0;
        }
    }
}
