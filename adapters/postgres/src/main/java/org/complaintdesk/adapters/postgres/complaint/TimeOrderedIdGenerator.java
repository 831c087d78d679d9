package org.complaintdesk.adapters.postgres.complaint;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.complaintdesk.application.port.out.IdGenerator;
import org.complaintdesk.domain.complaint.ComplaintId;

/**
 * Complaint ids as UUID version 7 (RFC 9562 §5.7): 48 bits of Unix time in milliseconds, then
 * random bits. New ids land at the right edge of the primary key's B-tree instead of on random
 * pages, which keeps inserts cheap and the index compact as the register grows.
 *
 * <p>Ids from one generator are strictly increasing: within a millisecond the 12 bits after the
 * version count up (RFC 9562 §6.2, method 1), and if the clock steps back the last time is kept.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {
    private static final int COUNTER_BITS = 12;
    /** A new millisecond starts its counter in the lower half, leaving room to count up. */
    private static final int COUNTER_SEED_BOUND = 1 << (COUNTER_BITS - 1);
    private static final long VERSION_7 = 0x7L << COUNTER_BITS;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long RANDOM_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    private final Clock clock;
    private final RandomGenerator random;
    /** The last (milliseconds << 12 | counter) handed out. */
    private final AtomicLong last = new AtomicLong();

    public TimeOrderedIdGenerator() {
        this(Clock.systemUTC(), new SecureRandom());
    }

    public TimeOrderedIdGenerator(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public ComplaintId newComplaintId() {
        return new ComplaintId(nextUuid());
    }

    /** The next id, for other records kept in the order they were made (the notices a step issues). */
    public UUID nextUuid() {
        long candidate = (clock.millis() << COUNTER_BITS) | random.nextInt(COUNTER_SEED_BOUND);
        // A counter overflow carries into the milliseconds: the id runs a little ahead of the clock.
        long stamp = last.accumulateAndGet(candidate, (previous, now) -> Math.max(previous + 1, now));
        long millis = stamp >>> COUNTER_BITS;
        long counter = stamp & ((1L << COUNTER_BITS) - 1);
        long mostSignificant = (millis << 16) | VERSION_7 | counter;
        long leastSignificant = VARIANT_RFC | (random.nextLong() & RANDOM_62_BITS);
        return new UUID(mostSignificant, leastSignificant);
    }
}
