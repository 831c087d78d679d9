package org.complaintdesk.bootstrap;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.adapters.postgres.statistics.PostgresStatisticsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds the statistics rollup's appended changes into it now and then (V17), so that a question
 * adds few of them. Every instance may run one: only one folds at a time, the others skip.
 */
final class RollupJob implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(RollupJob.class);

    private final ScheduledExecutorService scheduler;

    RollupJob(PostgresStatisticsStore store, Duration interval) {
        this.scheduler = BackgroundJobs.scheduler("statistics-rollup");
        scheduler.scheduleWithFixedDelay(() -> pass(store), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static void pass(PostgresStatisticsStore store) {
        try {
            store.compactRollup();
        } catch (RuntimeException e) {
            // The changes stay appended and count meanwhile; the next pass folds them.
            log.error("statistics rollup fold failed; trying again at the next", e);
        }
    }

    /** Stops after the fold in progress, if any. */
    @Override
    public void close() {
        BackgroundJobs.stop(scheduler);
    }
}
