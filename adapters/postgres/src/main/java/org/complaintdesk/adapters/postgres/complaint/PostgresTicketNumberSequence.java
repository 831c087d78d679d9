package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.TICKET_COUNTER;

import java.time.LocalDate;
import java.util.Objects;
import org.complaintdesk.application.port.out.TicketNumberSequence;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.jooq.DSLContext;

/**
 * Ticket numbers per registration day from the {@code ticket_counter} table, unique across every
 * service instance that shares the database (002 1.1.8).
 */
public final class PostgresTicketNumberSequence implements TicketNumberSequence {
    private final DSLContext dsl;

    /** @param dsl the {@link org.complaintdesk.adapters.postgres.Database}'s context, not a transaction's */
    public PostgresTicketNumberSequence(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /**
     * One upsert, auto-committed on a connection of its own (never inside the caller's
     * transaction): the day's row stays locked only for this statement, so concurrent
     * registrations queue on it for microseconds, not for the length of a registration.
     */
    @Override
    public TicketNumber next(LocalDate day) {
        long value = dsl.insertInto(TICKET_COUNTER)
                .set(TICKET_COUNTER.DAY, Objects.requireNonNull(day, "day"))
                .set(TICKET_COUNTER.LAST_VALUE, 1L)
                .onConflict(TICKET_COUNTER.DAY)
                .doUpdate()
                .set(TICKET_COUNTER.LAST_VALUE, TICKET_COUNTER.LAST_VALUE.plus(1L))
                .returningResult(TICKET_COUNTER.LAST_VALUE)
                .fetchSingle()
                .value1();
        return TicketNumber.of(day, value);
    }
}
