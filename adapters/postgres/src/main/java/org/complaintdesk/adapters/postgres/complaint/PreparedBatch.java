package org.complaintdesk.adapters.postgres.complaint;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * One statement text run for many rows of values as one JDBC batch: prepared once, bound row by
 * row, sent together. A jOOQ batch of distinct queries inlines every value instead, and PostgreSQL
 * then parses and plans every statement anew.
 */
final class PreparedBatch {
    private final String sql;
    private final List<Object[]> rows = new ArrayList<>();

    PreparedBatch(String sql) {
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    PreparedBatch add(Object... values) {
        rows.add(values);
        return this;
    }

    /** Runs the rows on the context's connection (a transaction's, usually); the rows each changed. */
    int[] execute(DSLContext dsl) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        StatementChain.bind(connection, statement, i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                return statement.executeBatch();
            } catch (SQLException e) {
                throw new DataAccessException("a batch of " + rows.size() + " statements failed",
                        e.getNextException() != null ? e.getNextException() : e);
            }
        });
    }
}
