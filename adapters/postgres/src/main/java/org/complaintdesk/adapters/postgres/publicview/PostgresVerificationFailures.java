package org.complaintdesk.adapters.postgres.publicview;

import static org.complaintdesk.adapters.postgres.jooq.Tables.VERIFICATION_FAILURE;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.port.out.VerificationFailures;
import org.complaintdesk.application.publicview.VerificationFailure;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The failed verification attempts in the {@code verification_failure} table (see
 * V12__verification_failures.sql), shared by every instance on the database.
 */
public final class PostgresVerificationFailures implements VerificationFailures {
    private final DSLContext dsl;

    public PostgresVerificationFailures(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** One transaction: the new row, and the tenant's rows no window counts any more. */
    @Override
    public void record(VerificationFailure failure, Instant forgetBefore) {
        dsl.transaction(tx -> {
            tx.dsl().insertInto(VERIFICATION_FAILURE)
                    .set(VERIFICATION_FAILURE.TENANT, failure.tenant().value())
                    .set(VERIFICATION_FAILURE.FAILED_AT, micros(failure.failedAt()))
                    .set(VERIFICATION_FAILURE.ID, failure.id())
                    .set(VERIFICATION_FAILURE.TICKET_NUMBER, failure.ticket().value())
                    .set(VERIFICATION_FAILURE.CALLER, failure.caller().value())
                    .execute();
            tx.dsl().deleteFrom(VERIFICATION_FAILURE)
                    .where(VERIFICATION_FAILURE.TENANT.eq(failure.tenant().value()))
                    .and(VERIFICATION_FAILURE.FAILED_AT.lt(micros(forgetBefore)))
                    .execute();
        });
    }

    @Override
    public void withdraw(VerificationFailure attempt) {
        dsl.deleteFrom(VERIFICATION_FAILURE)
                .where(VERIFICATION_FAILURE.TENANT.eq(attempt.tenant().value()))
                .and(VERIFICATION_FAILURE.FAILED_AT.eq(micros(attempt.failedAt())))
                .and(VERIFICATION_FAILURE.ID.eq(attempt.id()))
                .execute();
    }

    @Override
    public Optional<Instant> nthLatestForTicket(OrgUnitId tenant, TicketNumber ticket, Instant since, int n) {
        return nthLatest(VERIFICATION_FAILURE.TENANT.eq(tenant.value())
                .and(VERIFICATION_FAILURE.TICKET_NUMBER.eq(ticket.value())), since, n);
    }

    @Override
    public Optional<Instant> nthLatestByCaller(OrgUnitId tenant, UserId caller, Instant since, int n) {
        return nthLatest(VERIFICATION_FAILURE.TENANT.eq(tenant.value())
                .and(VERIFICATION_FAILURE.CALLER.eq(caller.value())), since, n);
    }

    /** Reads at most n index entries, newest first: the count is never more than the limit. */
    private Optional<Instant> nthLatest(Condition which, Instant since, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        return dsl.select(VERIFICATION_FAILURE.FAILED_AT)
                .from(VERIFICATION_FAILURE)
                .where(which)
                .and(VERIFICATION_FAILURE.FAILED_AT.gt(micros(since)))
                .orderBy(VERIFICATION_FAILURE.FAILED_AT.desc())
                .limit(1)
                .offset(n - 1)
                .fetchOptional(VERIFICATION_FAILURE.FAILED_AT);
    }

    /** PostgreSQL keeps microseconds; a finer instant would compare unequal to its own row. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
