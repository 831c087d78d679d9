package org.complaintdesk.bootstrap;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The single-thread schedulers of the service's background jobs (the monitor, the sequencer, relays). */
final class BackgroundJobs {
    private BackgroundJobs() {
    }

    /** A scheduler on one daemon platform thread of the given name. */
    static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon(true).factory());
    }

    /** Stops taking passes and waits for the one in progress, up to 30 seconds, then interrupts it. */
    static void stop(ScheduledExecutorService scheduler) {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
