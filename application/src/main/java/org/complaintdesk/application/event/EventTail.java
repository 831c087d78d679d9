package org.complaintdesk.application.event;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The last position this instance knows to be given, for subscribers waiting for new events: one
 * poller observes the outbox for all of them, instead of each polling the database.
 */
public final class EventTail {
    // A lock rather than a monitor: waiting virtual threads then leave their carrier free.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition moved = lock.newCondition();
    private long last;

    /** Records a position seen given, waking the waiters if it is new. */
    public void observe(long position) {
        lock.lock();
        try {
            if (position > last) {
                last = position;
                moved.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiter to look at its own reason to stop waiting (see {@link #awaitBeyond}). */
    public void wakeAll() {
        lock.lock();
        try {
            moved.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a position beyond {@code position} is known, the timeout passes, or
     * {@code wakeEarly} answers true when the waiter is woken; the last known position.
     */
    public long awaitBeyond(long position, Duration timeout, BooleanSupplier wakeEarly) throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (last <= position && remaining > 0 && !wakeEarly.getAsBoolean()) {
                remaining = moved.awaitNanos(remaining);
            }
            return last;
        } finally {
            lock.unlock();
        }
    }

    /** The last position known. */
    public long last() {
        lock.lock();
        try {
            return last;
        } finally {
            lock.unlock();
        }
    }
}
