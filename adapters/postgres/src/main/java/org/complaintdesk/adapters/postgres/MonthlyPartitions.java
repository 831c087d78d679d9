package org.complaintdesk.adapters.postgres;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the monthly partitions of a table range-partitioned on a timestamptz column, with a
 * default partition, as rows come to need them: {@code <table>_yYYYYmMM}, a month in UTC.
 * Creating a month creates the next one too, so that a partition is normally there before the
 * first row of its month and the rows of a month never wait in the default partition.
 *
 * <p>Creating a partition briefly locks the partitioned table. If that lock is not granted within
 * {@link #LOCK_TIMEOUT}, the rows go to the default partition this time and the month is tried
 * again with the next rows. A month already holding rows in the default partition can no longer
 * get its own partition (PostgreSQL refuses it); its rows stay in the default, and it is not tried
 * again until the service restarts.
 */
public final class MonthlyPartitions {
    private static final Logger LOG = LoggerFactory.getLogger(MonthlyPartitions.class);

    /** Long enough for a burst of inserts to finish, short enough for a caller to wait once a month. */
    static final String LOCK_TIMEOUT = "1s";
    /** SQLSTATE check_violation: the default partition already holds rows of the month. */
    private static final String CHECK_VIOLATION = "23514";
    /** SQLSTATE invalid_object_definition: another partition, under another name, covers the month. */
    private static final String INVALID_OBJECT_DEFINITION = "42P17";
    /** SQLSTATE lock_not_available: the lock timeout expired. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final DSLContext dsl;
    private final Table<?> table;
    /** The months known to have a home, this process: created, found, or left to the default partition. */
    private final Set<YearMonth> settled = ConcurrentHashMap.newKeySet();

    public MonthlyPartitions(DSLContext dsl, Table<?> table) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Makes sure each month of the given times, and the month after it, has a partition if it can. */
    public void prepareFor(Collection<Instant> times) {
        times.stream()
                .map(time -> YearMonth.from(time.atOffset(ZoneOffset.UTC)))
                .distinct()
                .forEach(month -> {
                    prepare(month);
                    prepare(month.plusMonths(1));
                });
    }

    /** The name of the month's partition, e.g. {@code personal_data_access_y2026m01}. */
    public String partitionName(YearMonth month) {
        return "%s_y%04dm%02d".formatted(table.getName(), month.getYear(), month.getMonthValue());
    }

    private void prepare(YearMonth month) {
        if (settled.contains(month)) {
            return;
        }
        String partition = partitionName(month);
        try {
            dsl.transaction(tx -> {
                tx.dsl().execute("set local lock_timeout = '" + LOCK_TIMEOUT + "'");
                // Instances creating the same month at once would race on the catalogue: the
                // second waits here, then finds the table and leaves it.
                tx.dsl().fetch("select pg_advisory_xact_lock(hashtext({0}))", inline(partition));
                tx.dsl().execute("create table if not exists {0} partition of {1} for values from ({2}) to ({3})",
                        name(partition), table, inline(startOf(month).toString()),
                        inline(startOf(month.plusMonths(1)).toString()));
            });
            settled.add(month);
        } catch (DataAccessException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.sqlState())) {
                LOG.warn("Partition {} not created: {} busy for longer than {}; rows of {} go to the default partition"
                        + " until it is", partition, table.getName(), LOCK_TIMEOUT, month);
            } else if (CHECK_VIOLATION.equals(e.sqlState()) || INVALID_OBJECT_DEFINITION.equals(e.sqlState())) {
                LOG.warn("Partition {} not created, rows of {} stay where they are: {}", partition, month,
                        e.getMessage());
                settled.add(month);
            } else {
                throw e;
            }
        }
    }

    private static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
