package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.TICKET_COUNTER;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import org.complaintdesk.application.port.out.TicketNumberSequence;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.jooq.DSLContext;

/**
 * Ticket numbers per registration day from the {@code ticket_counter} table, unique across every
 * service instance that shares the database (002 1.1.8).
 *
 * <p>With a block size above 1 an instance reserves that many numbers of the day in one upsert
 * and hands them out from memory: every registration would otherwise queue on the day's single
 * counter row. When half a block is handed out, the next block is reserved in the background, so
 * that no registration waits for the reservation's connection and commit (under load, both wait
 * behind the registrations themselves). The price is a gap of at most two blocks per instance when
 * it stops or the day ends, and numbers of different instances interleave out of registration
 * order; both are allowed, as numbers are unique, not gapless.
 */
public final class PostgresTicketNumberSequence implements TicketNumberSequence {
    private final DSLContext dsl;
    private final int blockSize;
    private final ReentrantLock lock = new ReentrantLock();
    private LocalDate blockDay;
    private long nextInBlock;
    private long lastInBlock;
    /** The next block, being reserved or reserved; null when none is. */
    private Ahead ahead;

    private record Ahead(LocalDate day, CompletableFuture<Long> lastNumber) {
    }

    /** One number per upsert: gapless unless a registration fails. */
    public PostgresTicketNumberSequence(DSLContext dsl) {
        this(dsl, 1);
    }

    /** @param dsl the {@link org.complaintdesk.adapters.postgres.Database}'s context, not a transaction's */
    public PostgresTicketNumberSequence(DSLContext dsl, int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size must be at least 1");
        }
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.blockSize = blockSize;
    }

    @Override
    public TicketNumber next(LocalDate day) {
        Objects.requireNonNull(day, "day");
        lock.lock();
        try {
            if (!day.equals(blockDay) || nextInBlock > lastInBlock) {
                lastInBlock = nextBlock(day);
                nextInBlock = lastInBlock - blockSize + 1;
                blockDay = day;
            }
            long number = nextInBlock++;
            if (blockSize > 1 && ahead == null && lastInBlock - number < blockSize / 2) {
                ahead = new Ahead(day, CompletableFuture.supplyAsync(() -> reserve(day),
                        Thread.ofVirtual().name("ticket-block")::start));
            }
            return TicketNumber.of(day, number);
        } finally {
            lock.unlock();
        }
    }

    /** The block reserved ahead if it is of this day, else one reserved now; its last number. */
    private long nextBlock(LocalDate day) {
        Ahead reserved = ahead;
        ahead = null;
        if (reserved != null && reserved.day().equals(day)) {
            try {
                return reserved.lastNumber().join();
            } catch (CompletionException e) {
                // The reservation ahead failed (the database was away): try once more, now.
            }
        }
        return reserve(day);
    }

    /**
     * One upsert, auto-committed on a connection of its own (never inside the caller's
     * transaction): the day's row stays locked only for this statement. Returns the last number
     * of the reserved block.
     */
    private long reserve(LocalDate day) {
        return dsl.insertInto(TICKET_COUNTER)
                .set(TICKET_COUNTER.DAY, day)
                .set(TICKET_COUNTER.LAST_VALUE, (long) blockSize)
                .onConflict(TICKET_COUNTER.DAY)
                .doUpdate()
                .set(TICKET_COUNTER.LAST_VALUE, TICKET_COUNTER.LAST_VALUE.plus((long) blockSize))
                .returningResult(TICKET_COUNTER.LAST_VALUE)
                .fetchSingle()
                .value1();
    }
}
