package org.complaintdesk.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.application.event.EventTail;
import org.complaintdesk.application.port.out.EventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Numbers the committed events of the outbox and tells this instance's subscribers how far the
 * positions go. Every instance runs one: the sequencing itself is done by one at a time (see
 * {@link EventLog#sequencePending}), and each learns the positions the others gave.
 */
final class EventJob implements AutoCloseable {
    /** Short, for a delay from commit to subscriber well under a second; an idle pass is two small statements. */
    static final Duration INTERVAL = Duration.ofMillis(50);
    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(EventJob.class);

    private final ScheduledExecutorService scheduler;
    private final EventLog events;
    private final EventTail tail;
    private final FailureRun failures = new FailureRun(log, Level.WARN, "event sequencing pass");

    EventJob(EventLog events, EventTail tail, Duration interval) {
        this.events = Objects.requireNonNull(events, "events");
        this.tail = Objects.requireNonNull(tail, "tail");
        this.scheduler = BackgroundJobs.scheduler("event-sequencer");
        scheduler.scheduleWithFixedDelay(this::pass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pass() {
        try {
            // A full batch means more are waiting: number them now rather than after the pause.
            while (events.sequencePending(BATCH) == BATCH) {
                tail.observe(events.lastPosition());
            }
            tail.observe(events.lastPosition());
            failures.succeeded();
        } catch (RuntimeException e) {
            // The database away: tried again at the next pass; the job must not die.
            failures.failed(e);
        }
    }

    /** Stops after the pass in progress, if any. */
    @Override
    public void close() {
        BackgroundJobs.stop(scheduler);
    }
}
