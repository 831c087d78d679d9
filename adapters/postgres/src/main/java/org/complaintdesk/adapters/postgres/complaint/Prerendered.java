package org.complaintdesk.adapters.postgres.complaint;

import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;

/**
 * A read rendered to SQL once, run with new parameter values each time. jOOQ renders a query anew
 * on every execution; for the reads behind every GetComplaint and every step (a complaint by id,
 * its timeline), rendering cost more CPU than the rest of the read.
 */
final class Prerendered<R extends Record> {
    private final String sql;
    private final Table<R> table;

    /**
     * @param template the query, its parameters in the order {@link #with} is given their values;
     *                 any values will do, only their places are kept
     */
    Prerendered(ResultQuery<R> template, Table<R> table) {
        this.sql = template.getSQL();
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The query with these values, in the template's order, on the given context (a transaction's, say). */
    ResultQuery<R> with(DSLContext dsl, Object... values) {
        return dsl.resultQuery(sql, values).coerce(table);
    }
}
