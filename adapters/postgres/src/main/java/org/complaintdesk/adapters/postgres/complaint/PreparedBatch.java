package org.complaintdesk.adapters.postgres.complaint;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;

/**
 * One statement text run for many rows of values as one JDBC batch: prepared once, bound row by
 * row, sent together. A jOOQ batch of distinct queries inlines every value instead, and PostgreSQL
 * then parses and plans every statement anew; the clock monitor writes thousands per pass.
 */
final class PreparedBatch {
    /** "update t set a = ?, b = ? where k = ?" per set of columns and key (of one table: a field names its table). */
    private static final Map<List<Field<?>>, String> UPDATES = new ConcurrentHashMap<>();

    private final String sql;
    private final List<Object[]> rows = new ArrayList<>();

    PreparedBatch(String sql) {
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    /** The update of every column of the record's table but the key's, of the row with the record's key. */
    static <R extends TableRecord<R>> String update(R template, Field<?> key) {
        List<Field<?>> columns = new ArrayList<>(Arrays.asList(template.fields()));
        columns.remove(key);
        List<Field<?>> cacheKey = new ArrayList<>(columns);
        cacheKey.add(key);
        return UPDATES.computeIfAbsent(cacheKey, k -> "update \"" + template.getTable().getName() + "\" set "
                + columns.stream().map(f -> "\"" + f.getName() + "\" = ?").collect(Collectors.joining(", "))
                + " where \"" + key.getName() + "\" = ?");
    }

    /** The values {@link #update} binds for the record: every column but the key, then the key. */
    static <R extends TableRecord<R>> Object[] updateValues(R record, Field<?> key) {
        List<Object> values = new ArrayList<>();
        for (Field<?> field : record.fields()) {
            if (!field.equals(key)) {
                values.add(record.get(field));
            }
        }
        values.add(record.get(key));
        return values.toArray();
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
